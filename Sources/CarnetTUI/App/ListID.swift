import CarnetCore

/// Which rows a list shows, as data (a filter, a kind), never the rows themselves: the key of
/// a list's state and of the reads that fill it. Each pane declares its own lists in its
/// folder, as a type conforming to `PaneList`, and names them as static members
/// (`ListID.documents`, `ListID.readings(.weight)`).
public struct ListID: WrapsHashable, Sendable {
    let list: any PaneList

    init(_ list: some PaneList) {
        self.list = list
    }

    public var wrapped: AnyHashable { AnyHashable(list) }

    /// The list a filtered one is a filter of (itself when it has no filter).
    var unfiltered: ListID { list.unfiltered }

    /// The list as one pane's list type, when it is one.
    func `as`<List: PaneList>(_ type: List.Type) -> List? { list as? List }
}

/// One kind of list of a pane: how it is described, which keys act on it, and how its rows
/// are counted, paged and found in the record. The run loop, the views and linear mode ask
/// these, never a switch over every list.
protocol PaneList: Hashable, Sendable, CustomStringConvertible {
    /// Its heading, what one item is called and its columns.
    func describe(_ text: Catalog) -> ListDescription
    /// What the heading says after the count: a filter in words.
    func headingDetail(_ text: Catalog, _ format: TextFormat) -> String?
    /// How many items the heading counts, in words, when not the rows (a profile's entries).
    func countWords(_ list: ListState, _ text: Catalog, _ format: TextFormat) -> String?
    /// Every key that acts on the list now, moves included (the panes' keys follow them).
    func bindings(_ state: AppState) -> [KeyBinding]
    /// The commands linear mode offers on it, in words.
    func linearCommands(_ text: Catalog) -> String
    /// The list a filtered one is a filter of (itself when it has no filter).
    var unfiltered: ListID { get }

    func count(in record: StoreSource) throws -> Int
    /// A page of rows in display order; a short list returns everything for `.first`.
    func page(in record: StoreSource, _ request: PageRequest, limit: Int) throws -> [ListRow]
    /// How many rows come before the row with this key, or nil for a short list.
    func position(of key: PageKey, in record: StoreSource) throws -> Int?
}

extension PaneList {
    func headingDetail(_ text: Catalog, _ format: TextFormat) -> String? { nil }
    func countWords(_ list: ListState, _ text: Catalog, _ format: TextFormat) -> String? { nil }
    func bindings(_ state: AppState) -> [KeyBinding] { KeyMap.listKeys }
    func linearCommands(_ text: Catalog) -> String { text[.linearOpenCommand] }
    var unfiltered: ListID { ListID(self) }
    func position(of key: PageKey, in record: StoreSource) throws -> Int? { nil }
}

extension KeyMap {
    /// The moving keys with a list's own keys after Down and Up.
    static func listKeys(with keys: [KeyBinding]) -> [KeyBinding] {
        var bindings = listKeys
        bindings.insert(contentsOf: keys, at: 2)
        return bindings
    }
}

/// A value standing for one of several types declared in the panes' folders (a list, a
/// piece of work): compared, hashed and described as the value it wraps.
public protocol WrapsHashable: Hashable, CustomStringConvertible {
    var wrapped: AnyHashable { get }
}

extension WrapsHashable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrapped == rhs.wrapped }
    public func hash(into hasher: inout Hasher) { hasher.combine(wrapped) }
    public var description: String { "\(wrapped.base)" }
}

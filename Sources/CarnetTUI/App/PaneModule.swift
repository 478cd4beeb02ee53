import CarnetCore

/// A pane of the browser, one tab: its folder (`Panes/<Name>/`) holds one type conforming to
/// this, its state, its lists, its keys and its update, and `Panes.all` registers it with
/// one line. Everything that differs between panes is asked of the pane here.
protocol PaneModule {
    /// Its identity; its digit is its place in `Panes.all` plus one.
    static var id: PaneID { get }
    static func title(_ text: Catalog) -> String
    /// A shorter title for narrow windows.
    static func shortTitle(_ text: Catalog) -> String
    /// The list the pane shows now.
    static func currentList(_ state: AppState) -> ListID
    /// Lines between the pane's heading and its list (what is due, a summary).
    static func linesAboveList(_ state: AppState) -> [DueLine]
    /// What to read to show the pane, given what its list needs (`list`).
    static func loadVisible(_ state: inout AppState, list: [Effect]) -> [Effect]
    /// What an action does in this pane; nil when it is not one of the pane's.
    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]?
}

extension PaneModule {
    static func linesAboveList(_ state: AppState) -> [DueLine] { [] }
    static func loadVisible(_ state: inout AppState, list: [Effect]) -> [Effect] { list }
    static func perform(_ action: Action, _ state: inout AppState) -> [Effect]? { nil }
}

/// A pane by name: what `AppState.pane` holds. The panes name themselves in their folders
/// (`PaneID.documents`); their order is the registry's.
public struct PaneID: Hashable, Sendable, CustomStringConvertible {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    /// Every pane, in tab order.
    public static var allCases: [PaneID] { Panes.all.map { $0.id } }

    /// Its place in the tabs, from 0.
    public var rawValue: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public init?(rawValue: Int) {
        let panes = Self.allCases
        guard panes.indices.contains(rawValue) else { return nil }
        self = panes[rawValue]
    }

    public var description: String { name }

    /// The pane's module.
    var module: any PaneModule.Type { Panes.all.first { $0.id == self } ?? Panes.all[0] }

    public func title(_ text: Catalog) -> String { module.title(text) }
    public func shortTitle(_ text: Catalog) -> String { module.shortTitle(text) }

    /// The pane after this one, wrapping around.
    var next: PaneID { PaneID(rawValue: (rawValue + 1) % Self.allCases.count)! }
    var previous: PaneID {
        PaneID(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}

/// One pane's own fields (a filter, what it has read), kept in `AppState.panes` under its
/// type, so that a new pane brings its state without a field in `AppState`.
protocol PaneState: Equatable, Sendable {
    init()
}

/// Every pane's state, by type.
public struct PaneStates: Equatable, Sendable {
    private var states: [ObjectIdentifier: any PaneState] = [:]

    public init() {}

    subscript<State: PaneState>(_ type: State.Type) -> State {
        get { states[ObjectIdentifier(type)] as? State ?? State() }
        // A state back to its start is dropped, so that two equal states compare equal.
        set { states[ObjectIdentifier(type)] = newValue == State() ? nil : newValue }
    }

    public static func == (lhs: PaneStates, rhs: PaneStates) -> Bool {
        lhs.states.count == rhs.states.count
            && lhs.states.allSatisfy { key, state in rhs.states[key].map { state.isEqual(to: $0) } ?? false }
    }
}

extension PaneState {
    fileprivate func isEqual(to other: any PaneState) -> Bool { (other as? Self) == self }
}

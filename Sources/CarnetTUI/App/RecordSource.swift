import CarnetCore

/// The lists the panes show.
public enum ListID: Hashable, Sendable {
    case documents
    case vaccinations
    /// The kinds of measurement the record holds, with their latest value.
    case measurementTypes
    /// The readings of one kind, newest first.
    case readings(MeasurementType)
    case profile
    case accessHistory
}

/// A column of a list: its header, its width (nil: takes what is left), and whether it may
/// be dropped on a narrow window (higher `priority` stays longer).
public struct Column: Equatable, Sendable {
    public var header: String
    public var width: Int?
    public var alignment: TextWidth.Alignment
    public var priority: Int

    public init(
        _ header: String, width: Int? = nil, alignment: TextWidth.Alignment = .leading,
        priority: Int = 1
    ) {
        self.header = header
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }
}

/// One row of a list, ready to draw: untrusted cells are sanitised when drawn.
public struct ListRow: Equatable, Sendable {
    /// Where this row sits in a newest-first list, to read the pages around it.
    public var key: PageKey?
    public var cells: [String]
    /// The row in words, most telling first, for screen readers and braille displays:
    /// "Blood test, Dr Martin, 12 March 2026, lab results". Says everything the cells and
    /// any colour say.
    public var spoken: String
    /// A list this row opens with Enter, if any.
    public var opens: ListID?
    /// A role that marks the whole row (an emergency access, a denied attempt).
    public var emphasis: Style.Role?

    public init(
        key: PageKey?, cells: [String], spoken: String, opens: ListID? = nil,
        emphasis: Style.Role? = nil
    ) {
        self.key = key
        self.cells = cells
        self.spoken = spoken
        self.opens = opens
        self.emphasis = emphasis
    }
}

/// Where the panes' rows come from: the record, read a page at a time. Views never see the
/// store; the run loop asks the source and hands the rows to `update` as a message.
public protocol RecordSource {
    func count(of list: ListID) throws -> Int
    /// A page of rows in display order. Short lists return everything for `.first`.
    func page(of list: ListID, _ request: PageRequest, limit: Int) throws -> [ListRow]
}

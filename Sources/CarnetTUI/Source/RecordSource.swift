import CarnetCore

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
    /// What the row is, for the keys that act on it.
    public var subject: RowSubject?
    /// A role that marks the whole row (an emergency access, a denied attempt).
    public var emphasis: Style.Role?

    public init(
        key: PageKey?, cells: [String], spoken: String, opens: ListID? = nil,
        subject: RowSubject? = nil, emphasis: Style.Role? = nil
    ) {
        self.subject = subject
        self.key = key
        self.cells = cells
        self.spoken = spoken
        self.opens = opens
        self.emphasis = emphasis
    }
}

/// What a row stands for, for the keys that act on it.
public enum RowSubject: Equatable, Sendable {
    case accessEvent(id: Int64)
    case vaccination(Vaccination)
    case directory(DirectoryEntry)
    case emergencySwitch(EmergencySwitch, on: Bool)
    /// The record itself: whether it is open to professionals.
    case record(open: Bool)
    case document(DocumentSummary)
    /// A notification, with what it is about.
    case notice(Notice)
    /// A section of the medical profile: its heading, or the line saying it is empty.
    case profileHeading(ProfileEntry.Section)
    case profileEmpty(ProfileEntry.Section)
    case profileEntry(ProfileEntry)
}

/// Where the panes' rows come from: the record, read a page at a time. Views never see the
/// store; the run loop asks the source and hands the rows to `update` as a message.
public protocol RecordSource: Sendable {
    func count(of list: ListID) throws -> Int
    /// A page of rows in display order. Short lists return everything for `.first`.
    func page(of list: ListID, _ request: PageRequest, limit: Int) throws -> [ListRow]
    /// One access event whole, with the name of what it acted on when the record has one.
    func accessEvent(_ id: Int64) throws -> (event: AccessEvent, targetName: String?)?
    /// Whether the access history is intact up to an event. May take seconds on a long
    /// history: the run loop calls it off the main loop.
    func verifyChain(upTo id: Int64) throws -> AccessChainReport
    /// The history's head: its number of events and last hash.
    func chainHead() throws -> AccessChainHead
    /// The professionals and establishments the record knows, for the actor filter.
    func directory() throws -> [DirectoryEntry]
    /// What the vaccination calendar asks for now, in words, the due lines first.
    func vaccinationsDue() throws -> [DueLine]
    /// A kind of measurement's readings in a sentence, or nil when there are none.
    func measurementSummary(_ type: MeasurementType) throws -> String?
    /// A kind's readings over `span` seconds ending with the latest (nil: all of them) in
    /// `count` buckets of equal time, each with its lowest, highest and last value; nil when
    /// there are none.
    func measurementBuckets(_ type: MeasurementType, span: Int64?, count: Int) throws -> MeasurementBuckets?
    /// The WHO percentile curves over a chart's buckets: for a child whose record gives the
    /// sex, and a kind with a growth reference; nil otherwise.
    func growthCurves(_ buckets: MeasurementBuckets) -> GrowthCurves?
    /// The diseases the card protects against, for the disease filter.
    func vaccinationDiseases() throws -> [String]
    /// Whether `pin` is the record's kiosk PIN (a slow hash: called off the run loop).
    func kioskPinMatches(_ pin: String) -> Bool
    /// The actor id of the patient's own events.
    var patientActorId: String { get }
    /// The records of the carnet that may be opened here, the open one among them (a kiosk:
    /// only its own).
    func records() throws -> [ManagedRecord]
    /// A source on another record of the same carnet, and whose record it is.
    func opening(_ id: Int64) throws -> (source: any RecordSource, patient: Patient)
    /// A document the patient opens (the latest version when `version` is nil), or nil when
    /// there is no such document. The patient's own reading is not recorded.
    func document(_ id: Int64, version: Int?) throws -> DocumentReading?
    /// The question to ask before masking or unmasking a document: who would stop (or
    /// start) seeing it.
    func maskQuestion(_ document: DocumentSummary) throws -> String
    /// Writes a change through the core; returns what happened, in words. Throws
    /// `ChangeRefused` with the reason when the record's rules refuse it.
    func apply(_ change: RecordChange) throws -> String
    /// Runs long work (an import, an export) on the record, calling `progress` with the part
    /// done of the whole; called off the run loop. A failure is an outcome, in words.
    func run(_ job: RecordJob, progress: @escaping (Int, Int) -> Void) -> JobOutcome
    /// Whether the record changed since the last call, by this process or another. Asked a
    /// few times a second: it must be cheap.
    func recordChanged() -> Bool
    /// Whether the record's change feed reaches it now (a server may restart).
    func connection() -> RecordConnection
    /// What the notifications say now: the unread counts, the preferences, and those that
    /// arrived after the one with id `after` (nil at start: the unread ones waiting).
    func notices(after: Int64?, limit: Int) throws -> NoticeNews
    /// How many rows come before the row with this key in a list read by keyset pages, or
    /// nil for a short list (read whole).
    func position(of key: PageKey, in list: ListID) throws -> Int?
}

/// A line of what is due: its words, and whether something is to be done now.
public struct DueLine: Equatable, Sendable {
    public var text: String
    public var isDue: Bool

    public init(_ text: String, isDue: Bool) {
        self.text = text
        self.isDue = isDue
    }
}

/// A change the record's rules refused, with the reason in words.
public struct ChangeRefused: Error, Equatable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

import Foundation

/// Where a record is kept, whatever the engine: the one type the command line, the browser,
/// the demo, import and export work with. A store answers the record's reads (keyset pages
/// and counts, each a consistent read of its own), runs writes as transactions, and says when
/// someone else changed the record. It decides nothing: the policy (`ProfessionalAccess`,
/// `PatientDocuments`, `ConsentSettings`, `NotificationInbox`) decides, inside a transaction
/// of the store, and the store applies what it was told — the act, its access event and its
/// notification together or not at all.
///
/// Every call is synchronous: a store that talks to a server waits for it off the server
/// driver's own threads. The SQLite file is `SQLiteStore`, chosen from `--db` by
/// `StoreLocation`. The contract every store keeps is `Tests/CarnetCoreTests/Contract`.
///
/// ```swift
/// let store = try StoreLocation(argument: "carnet.sqlite").open()
/// let patient = try store.patient(matching: nil)
/// let page = try store.documents(of: patient.id, limit: 40)
/// try store.write { writer in try writer.markNotificationsRead(patient: patient.id, only: nil, at: Date()) }
/// ```
public protocol RecordStore: AnyObject, Sendable, PatientQueries, DocumentQueries, VaccinationQueries,
    MeasurementQueries, ProfileQueries, AccessHistoryQueries, NotificationQueries
{
    /// Where the record is, as the user can be told it: a file's path (never a password).
    var location: String { get }
    /// Opened for reading only: nothing this store does can write.
    var isReadOnly: Bool { get }

    /// Runs `body` in one read transaction: a consistent view of the record.
    func read<T>(_ body: (any RecordReader) throws -> T) throws -> T
    /// Runs `body` in one write transaction: everything it writes lands, or nothing does. The
    /// record's own rules (a trigger refusing to change the history) come out as `StoreError`.
    func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T
    /// A feed of the record's changes, on a connection of its own.
    func changeFeed() throws -> any ChangeFeed

    /// A value from the record's key-value metadata ("kind", "exportId", the kiosk's PIN).
    func metadata(_ key: String) throws -> String?
    /// The history's append-only guards that are missing (someone with the file dropped them).
    func missingGuards() throws -> [String]
    /// Puts back the history's append-only guards that are missing and names them.
    func restoreGuards() throws -> [String]
    /// Tells the engine's query planner what a bulk write (the large demo, a copy) put in
    /// the tables, so that the first reads after it take their indexes.
    func refreshStatistics() throws
    /// Closes the store; it cannot be used afterwards.
    func close() throws
}

/// Tells whether the record changed since the last look, whoever changed it: another process
/// (`carnet pro` in another terminal) or this one. The feed only wakes the reader: what
/// changed is read from the record (notifications are rows), so a missed wake-up loses nothing.
public protocol ChangeFeed: AnyObject, Sendable {
    /// Whether a commit happened since the last call (or since the feed was made). A record
    /// that cannot be read counts as unchanged: the next look tries again.
    func recordChanged() -> Bool
    /// Whether the feed reaches the record now. A server's feed loses its connection when the
    /// server restarts and reconnects by itself; the browser says so meanwhile and, once back,
    /// reads again what is shown and the notifications after the last one seen.
    var connection: RecordConnection { get }
}

/// Whether a change feed reaches its record.
public enum RecordConnection: Sendable, Equatable {
    case connected
    /// Lost since this time; the feed is trying again.
    case lost(since: Date)
}

import CarnetCore
import Foundation
import PostgresNIO

/// The reads and writes of one transaction on a PostgreSQL record (see
/// `PostgresStore.readTransaction` and `writeTransaction`): the `RecordReader` and
/// `RecordWriter` of the server's store, on the one session the transaction runs on.
final class PostgresTransaction {
    let session: PostgresSession
    /// Each patient's last event, read once per transaction (under the patient's lock).
    var chainTips: [Int64: (id: Int64, hash: Data)] = [:]
    private var savepoints = 0
    /// Cursors opened so far, each named after its number (`forEachRow`).
    var cursors = 0

    init(session: PostgresSession) {
        self.session = session
    }

    /// Runs `body` in a savepoint: when it throws, what it wrote is undone and the rest of
    /// the transaction stays.
    func atomically<T>(_ body: () throws -> T) throws -> T {
        savepoints += 1
        let name = "carnet_\(savepoints)"
        try session.query(PostgresQuery(unsafeSQL: "SAVEPOINT \(name)"))
        let tips = chainTips
        do {
            let result = try body()
            try session.query(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT \(name)"))
            return result
        } catch {
            try session.query(PostgresQuery(unsafeSQL: "ROLLBACK TO SAVEPOINT \(name)"))
            chainTips = tips
            // The record's rules in the reader's words, as the caller may go on and say them.
            throw PostgresStore.refusal(error)
        }
    }
}

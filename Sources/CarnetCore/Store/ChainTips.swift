import Foundation
import GRDB

/// The last event of a patient's chain: what the next one follows.
struct ChainTip {
    var id: Int64
    var hash: Data
}

/// The chain tips a writer has seen in its transaction. A class: `SQLiteTransaction` is passed
/// by value into the caller's closure, and the tips must outlive each call.
final class ChainTips {
    private var tips: [Int64: ChainTip?] = [:]

    /// The patient's last event, read once with one indexed query (nil: no event yet).
    func tip(of patient: Int64, in db: Database) throws -> ChainTip? {
        if let known = tips[patient] { return known }
        let statement = try db.cachedStatement(
            sql: "SELECT id, hash FROM accessEvent WHERE patientId = ? ORDER BY id DESC LIMIT 1")
        let tip = try Row.fetchOne(statement, arguments: [patient]).map { row in
            // A hash can only be missing if someone went around the writer; the
            // verification names that event, and the history goes on.
            ChainTip(id: row["id"], hash: Data.fromDatabaseValue(row["hash"]) ?? AccessChain.genesis)
        }
        tips[patient] = .some(tip)
        return tip
    }

    func remember(_ tip: ChainTip, of patient: Int64) {
        tips[patient] = .some(tip)
    }
}

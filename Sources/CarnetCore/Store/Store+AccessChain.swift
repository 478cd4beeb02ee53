import Foundation
import GRDB

extension Store {
    /// Walks a patient's access history in id order, recomputing each event's hash from its
    /// content and the previous hash, and stops at the first event that does not match.
    /// Reads through a cursor: a history of a million events is never held in memory.
    ///
    /// ```swift
    /// if case .broken(let event, let problem, _) = try store.verifyAccessChain(of: patient) { … }
    /// ```
    public func verifyAccessChain(of patient: Int64) throws -> AccessChainReport {
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM accessEvent WHERE patientId = ? ORDER BY id",
                arguments: [patient])
            var tip: ChainTip?
            var checked = 0
            while let row = try rows.next() {
                let id: Int64 = row["id"]
                if let problem = Self.chainProblem(row, after: tip) {
                    return .broken(event: id, problem: problem, checked: checked)
                }
                tip = ChainTip(id: id, hash: Data.fromDatabaseValue(row["hash"]) ?? AccessChain.genesis)
                checked += 1
            }
            return .intact(events: checked)
        }
    }

    /// What is wrong with an event that should follow `tip`, if anything.
    private static func chainProblem(_ row: Row, after tip: ChainTip?) -> AccessChainProblem? {
        guard let stored = Data.fromDatabaseValue(row["hash"]), stored.count == 32 else {
            return .missingHash
        }
        let link = row["previousId"] as DatabaseValue
        let writtenAfter = Int64.fromDatabaseValue(link)
        guard writtenAfter != nil || link.isNull else { return .chainBroken(writtenAfter: nil) }
        guard writtenAfter == tip?.id else { return .chainBroken(writtenAfter: writtenAfter) }
        guard let content = chainContent(row),
            AccessChain.hash(of: content, after: tip?.hash ?? AccessChain.genesis) == stored
        else { return .contentChanged }
        return nil
    }

    /// The hashed fields of a stored event, or nil when one holds a value of the wrong type
    /// (which only an edit around the writer can cause). Decoded leniently, since a verifier
    /// must report tampering, not crash on it.
    static func chainContent(_ row: Row) -> AccessEventContent? {
        func text(_ column: String) -> String? {
            String.fromDatabaseValue(row[column] as DatabaseValue)
        }
        func integer(_ column: String) -> Int64? {
            let value = row[column] as DatabaseValue
            guard case .int64(let number) = value.storage else { return nil }
            return number
        }
        guard let patientId = integer("patientId"), let at = integer("at"),
            let actorType = text("actorType"), let actorId = text("actorId"),
            let actorName = text("actorName"), let action = text("action"),
            let target = text("target"), let outcome = text("outcome"),
            let emergency = integer("emergency"), emergency == 0 || emergency == 1
        else { return nil }
        let reasonValue = row["reason"] as DatabaseValue
        let reason = String.fromDatabaseValue(reasonValue)
        guard reason != nil || reasonValue.isNull else { return nil }
        return AccessEventContent(
            patientId: patientId, at: at, actorType: actorType, actorId: actorId,
            actorName: actorName, action: action, target: target, outcome: outcome,
            emergency: emergency == 1, reason: reason)
    }
}

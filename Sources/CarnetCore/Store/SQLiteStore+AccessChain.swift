import Foundation
import GRDB

extension SQLiteStore {
    /// Walks a patient's access history in id order, recomputing each event's hash from its
    /// content and the previous hash, and stops at the first event that does not match.
    /// Reads through a cursor: a history of a million events is never held in memory.
    ///
    /// ```swift
    /// if case .broken(let event, let problem, _) = try store.verifyAccessChain(of: patient) { … }
    /// ```
    /// With `upTo`, stops after that event: whether the history up to it is intact.
    public func verifyAccessChain(of patient: Int64, upTo last: Int64? = nil) throws -> AccessChainReport {
        try reading { db in
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT \(Self.chainColumns) FROM accessEvent WHERE patientId = ? AND id <= ? ORDER BY id",
                arguments: [patient, last ?? Int64.max])
            var tip: ChainTip?
            var checked = 0
            while let row = try rows.next() {
                let id: Int64 = row[ChainColumn.id]
                if let problem = Self.chainProblem(row, after: tip) {
                    return .broken(event: id, problem: problem, checked: checked)
                }
                tip = ChainTip(
                    id: id, hash: Data.fromDatabaseValue(row[ChainColumn.hash]) ?? AccessChain.genesis)
                checked += 1
            }
            return .intact(events: checked)
        }
    }

    /// What is wrong with an event that should follow `tip`, if anything.
    private static func chainProblem(_ row: Row, after tip: ChainTip?) -> AccessChainProblem? {
        guard let stored = Data.fromDatabaseValue(row[ChainColumn.hash]), stored.count == 32 else {
            return .missingHash
        }
        let link = row[ChainColumn.previousId] as DatabaseValue
        let writtenAfter = Int64.fromDatabaseValue(link)
        guard writtenAfter != nil || link.isNull else { return .chainBroken(writtenAfter: nil) }
        guard writtenAfter == tip?.id else { return .chainBroken(writtenAfter: writtenAfter) }
        guard let content = chainContent(row),
            AccessChain.hash(of: content, after: tip?.hash ?? AccessChain.genesis) == stored
        else { return .contentChanged }
        return nil
    }

    /// The columns that `chainContent` and the verification read, in the order of `ChainColumn`
    /// (by position: looking columns up by name was most of a verification's time).
    static let chainColumns = """
        id, patientId, at, actorType, actorId, actorName, action, target, outcome, emergency,
        reason, hash, previousId
        """

    /// The hashed fields of an event read with `chainColumns`, or nil when one holds a value
    /// of the wrong type (which only an edit around the writer can cause). Decoded leniently,
    /// since a verifier must report tampering, not crash on it.
    static func chainContent(_ row: Row) -> AccessEventContent? {
        func text(_ index: Int) -> String? {
            String.fromDatabaseValue(row[index] as DatabaseValue)
        }
        func integer(_ index: Int) -> Int64? {
            guard case .int64(let number) = (row[index] as DatabaseValue).storage else { return nil }
            return number
        }
        typealias C = ChainColumn
        guard let patientId = integer(C.patientId), let at = integer(C.at),
            let actorType = text(C.actorType), let actorId = text(C.actorId),
            let actorName = text(C.actorName), let action = text(C.action),
            let target = text(C.target), let outcome = text(C.outcome),
            let emergency = integer(C.emergency), emergency == 0 || emergency == 1
        else { return nil }
        let reasonValue = row[C.reason] as DatabaseValue
        let reason = String.fromDatabaseValue(reasonValue)
        guard reason != nil || reasonValue.isNull else { return nil }
        return AccessEventContent(
            patientId: patientId, at: at, actorType: actorType, actorId: actorId,
            actorName: actorName, action: action, target: target, outcome: outcome,
            emergency: emergency == 1, reason: reason)
    }
}

/// Positions in `SQLiteStore.chainColumns`.
enum ChainColumn {
    static let id = 0
    static let patientId = 1
    static let at = 2
    static let actorType = 3
    static let actorId = 4
    static let actorName = 5
    static let action = 6
    static let target = 7
    static let outcome = 8
    static let emergency = 9
    static let reason = 10
    static let hash = 11
    static let previousId = 12
}

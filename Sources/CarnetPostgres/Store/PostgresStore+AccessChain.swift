import CarnetCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Walks a patient's history in id order, recomputing each event's hash from its content
    /// and the previous hash, and stops at the first event that does not match: the same walk
    /// as `SQLiteStore.verifyAccessChain`, so both stores give the same answer. Read a page of
    /// ids at a time in one read transaction: one moment of the history, and a million events
    /// never in memory at once. With `upTo`, stops after that event.
    public func verifyAccessChain(of patient: Int64, upTo last: Int64?) throws -> AccessChainReport {
        try readTransaction { transaction in
            var tip: (id: Int64, hash: Data)?
            var checked = 0
            while true {
                let rows = try transaction.session.rows(
                    """
                    SELECT \(unescaped: Self.chainColumns) FROM accessEvent
                    WHERE patientId = \(patient) AND id > \(tip?.id ?? Int64.min) AND id <= \(last ?? Int64.max)
                    ORDER BY id LIMIT \(Int64(Self.chainPage))
                    """)
                for row in rows {
                    let id: Int64 = try row["id"]
                    if let problem = try Self.chainProblem(row, after: tip) {
                        return .broken(event: id, problem: problem, checked: checked)
                    }
                    tip = (id, try row["hash"] as Data? ?? AccessChain.genesis)
                    checked += 1
                }
                if rows.count < Self.chainPage { return .intact(events: checked) }
            }
        }
    }

    /// Events read at a time by the walk of the chain.
    private static let chainPage = 10_000

    /// What is wrong with an event that should follow `tip`, if anything.
    private static func chainProblem(_ row: RecordRow, after tip: (id: Int64, hash: Data)?) throws
        -> AccessChainProblem?
    {
        guard let stored = try row["hash"] as Data?, stored.count == 32 else { return .missingHash }
        let writtenAfter: Int64? = try row["previousId"]
        guard writtenAfter == tip?.id else { return .chainBroken(writtenAfter: writtenAfter) }
        guard let content = try chainContent(row),
            AccessChain.hash(of: content, after: tip?.hash ?? AccessChain.genesis) == stored
        else { return .contentChanged }
        return nil
    }

    /// The hashed fields of an event read with `chainColumns`, or nil when its flag is
    /// neither 0 nor 1 (which only an edit around the schema's check can cause).
    static func chainContent(_ row: RecordRow) throws -> AccessEventContent? {
        let emergency: Int32 = try row["emergency"]
        guard emergency == 0 || emergency == 1 else { return nil }
        return AccessEventContent(
            patientId: try row["patientId"], at: try row["at"], actorType: try row["actorType"],
            actorId: try row["actorId"], actorName: try row["actorName"], action: try row["action"],
            target: try row["target"], outcome: try row["outcome"], emergency: emergency == 1,
            reason: try row["reason"])
    }
}

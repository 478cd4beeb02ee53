import Foundation
import GRDB

extension Schema {
    /// Chains the access history: every event gets the SHA-256 `hash` of its content and of
    /// the patient's previous event, and `previousId`, the event it was written after (so
    /// that a verification can tell a changed event from a removed one). Existing events are
    /// chained in id order. As before, the database refuses any update or delete, so the new
    /// columns cannot be rewritten either. No insert trigger checks the chain: SQLite runs a
    /// trigger as a sub-statement with its own journal, which tripled the time to append a
    /// million events; `SQLiteTransaction.appendEvent` is the one writer, and `verifyAccessChain`
    /// finds an event appended around it.
    static func chainAccessHistory(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE accessEvent ADD COLUMN hash BLOB;
                ALTER TABLE accessEvent ADD COLUMN previousId INTEGER;
                -- The patient's last event, read before each append, and the walk of a verification.
                CREATE INDEX access_chain ON accessEvent(patientId, id);
                -- Lifted only for the time it takes to fill the new columns, in this transaction.
                DROP TRIGGER access_event_no_update;
                """)
        try fillChain(db)
        try db.execute(
            sql: """
                CREATE TRIGGER access_event_no_update BEFORE UPDATE ON accessEvent
                BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
                """)
    }

    /// Hashes the existing events a batch at a time (never the whole table in memory, and
    /// no update while a cursor is open on the same table).
    private static func fillChain(_ db: Database) throws {
        var tips: [Int64: ChainTip] = [:]
        var lastId: Int64 = 0
        let update = try db.makeStatement(
            sql: "UPDATE accessEvent SET hash = ?, previousId = ? WHERE id = ?")
        while true {
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(SQLiteStore.chainColumns) FROM accessEvent WHERE id > ? ORDER BY id LIMIT 10000",
                arguments: [lastId])
            guard let last = rows.last else { return }
            for row in rows {
                let id: Int64 = row[ChainColumn.id]
                let patient: Int64 = row[ChainColumn.patientId]
                let tip = tips[patient]
                guard let content = SQLiteStore.chainContent(row) else {
                    throw StoreError.rule(.ruleEventWrongType, [String(id)])
                }
                let hash = AccessChain.hash(of: content, after: tip?.hash ?? AccessChain.genesis)
                try update.execute(arguments: [hash, tip?.id, id])
                tips[patient] = ChainTip(id: id, hash: hash)
            }
            lastId = last[ChainColumn.id]
        }
    }
}

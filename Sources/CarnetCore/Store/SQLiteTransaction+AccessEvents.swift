import Foundation
import GRDB

/// Appending to the access history: each event chained to the patient's previous one (see
/// `AccessChain`) and counted in its day (`accessEventDay`), in the writer's transaction.
extension SQLiteTransaction {
    /// Appends events in the order given; returns their ids.
    ///
    /// Events are inserted up to `rowsPerInsert` per statement. Each run of an insert costs
    /// SQLite more than a row does: the table's `CHECK (… IN (…))` lists each become a small
    /// temporary index, built again at every run. The ids are given explicitly (the table's
    /// next ones, what SQLite would give) so that each event can name the one before it.
    @discardableResult
    public func appendEvents(_ events: [AccessEvent], patient: Int64) throws -> [Int64] {
        guard !events.isEmpty else { return [] }
        var tip = try chainTips.tip(of: patient, in: db)
        var nextId =
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM accessEvent")).map { $0 + 1 } ?? 1
        var ids: [Int64] = []
        ids.reserveCapacity(events.count)
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + Self.rowsPerInsert, events.endIndex)
            // Database values rather than `DatabaseValueConvertible`s: a million events'
            // values boxed one by one were a tenth of the large demo's time.
            var values: [DatabaseValue] = []
            values.reserveCapacity((end - start) * Self.eventColumns.count)
            for event in events[start..<end] {
                let hash = AccessChain.hash(
                    of: AccessEventContent(event, patient: patient), after: tip?.hash ?? AccessChain.genesis)
                values.append(nextId.databaseValue)
                values.append(patient.databaseValue)
                values.append(event.at.unixSeconds.databaseValue)
                values.append(event.actorType.rawValue.databaseValue)
                values.append(event.actorId.databaseValue)
                values.append(event.actorName.databaseValue)
                values.append(event.action.rawValue.databaseValue)
                values.append(event.target.databaseValue)
                values.append(event.outcome.rawValue.databaseValue)
                values.append(event.emergency.databaseValue)
                values.append(event.reason.databaseValue)
                values.append(hash.databaseValue)
                values.append(tip?.id.databaseValue ?? .null)
                tip = ChainTip(id: nextId, hash: hash)
                ids.append(nextId)
                nextId += 1
            }
            try insertStatement(rows: end - start).execute(arguments: StatementArguments(values))
            start = end
        }
        if let tip { chainTips.remember(tip, of: patient) }
        try countByDay(events.map { ($0.at.unixSeconds, $0.actorId, $0.action.rawValue) }, patient: patient)
        return ids
    }

    static let rowsPerInsert = 100
    static let eventColumns = RecordSQL.eventColumns

    private func insertStatement(rows: Int) throws -> Statement {
        let row = "(" + Array(repeating: "?", count: Self.eventColumns.count).joined(separator: ", ") + ")"
        return try db.cachedStatement(
            sql: "INSERT INTO accessEvent(\(Self.eventColumns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: rows).joined(separator: ", "))
    }

    /// Adds the events (their time, actor and action) to their UTC day's count for their
    /// actor and action. Kept here rather than by a trigger: an insert that fires a trigger
    /// runs under a statement journal, a dozen writes to a temporary file per event (v10).
    func countByDay(_ events: [(at: Int64, actorId: String, action: String)], patient: Int64) throws {
        struct Key: Hashable {
            var day: Int64
            var actorId: String
            var action: String
        }
        var counts: [Key: Int] = [:]
        for event in events {
            counts[
                Key(day: SQLiteStore.floorDay(event.at), actorId: event.actorId, action: event.action),
                default: 0] +=
                1
        }
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO accessEventDay(patientId, day, actorId, action, events) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(patientId, day, actorId, action) DO UPDATE SET events = events + excluded.events
                """)
        for (key, events) in counts {
            try upsert.execute(arguments: [patient, key.day, key.actorId, key.action, events])
        }
    }
}

import Foundation
import GRDB

extension SQLiteStore {
    /// The head of a patient's history: two indexed queries, no walk.
    public func accessChainHead(of patient: Int64) throws -> AccessChainHead {
        try reading { db in try Self.head(of: patient, in: db) }
    }

    /// Whether the history still extends a head a person kept (`carnet log verify --head`):
    /// the event at the kept position must have a hash that starts as the kept one does.
    public func check(_ kept: KeptHead, of patient: Int64) throws -> HeadCheck {
        try reading { db in
            let now = try Self.eventCount(of: patient, in: db)
            guard kept.events > 0 else { return .extends(now: now) }
            guard now >= kept.events else { return .shorter(now: now) }
            let row = try Row.fetchOne(
                db,
                sql: "SELECT id, hash FROM accessEvent WHERE patientId = ? ORDER BY id LIMIT 1 OFFSET ?",
                arguments: [patient, kept.events - 1])
            guard let row else { return .shorter(now: now) }
            let hash = Data.fromDatabaseValue(row["hash"]).map(AccessChain.hex) ?? ""
            return hash.hasPrefix(kept.hashPrefix)
                ? .extends(now: now) : .rewritten(event: row["id"], now: now)
        }
    }

    /// The head now, and how the history changed since a head carnet saw before if it did
    /// not just grow. One count of the whole history (a real count, not the kept one: an
    /// intruder who removes events can fix the kept counts too); the events up to the seen
    /// one are that count less those after it, a short range of the chain's index.
    public func accessChainHead(of patient: Int64, since seen: AccessChainHead) throws
        -> (head: AccessChainHead, change: HistoryChange?)
    {
        try reading { db in
            let head = try Self.head(of: patient, in: db)
            guard let last = seen.lastEvent, seen.events > 0 else { return (head, nil) }
            let now = head.events
            let after =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM accessEvent WHERE patientId = ? AND id > ?",
                    arguments: [patient, last]) ?? 0
            let upToLast = now - after
            let stored = try Row.fetchOne(
                db, sql: "SELECT hash FROM accessEvent WHERE id = ? AND patientId = ?",
                arguments: [last, patient])
            if stored == nil || upToLast < seen.events {
                return (head, .shrunk(now: now))
            }
            if Data.fromDatabaseValue(stored!["hash"]) != seen.hash || upToLast != seen.events {
                return (head, .rewritten(now: now))
            }
            return (head, nil)
        }
    }

    /// What is wrong around the chain itself: guards dropped, notified events gone, a history
    /// emptied under documents and notifications. The walk of `verifyAccessChain` sees none
    /// of these.
    public func historyProblems(of patient: Int64) throws -> [HistoryProblem] {
        try reading { db in
            var problems: [HistoryProblem] = []
            let missing = try Self.missingGuards(in: db)
            if !missing.isEmpty { problems.append(.guardsMissing(missing)) }
            let lost = try Row.fetchOne(
                db,
                sql: """
                    SELECT n.id AS notification, n.eventId AS event FROM notification n
                    WHERE n.patientId = ? AND NOT EXISTS
                        (SELECT 1 FROM accessEvent e WHERE e.id = n.eventId AND e.hash = n.eventHash)
                    ORDER BY n.id LIMIT 1
                    """, arguments: [patient])
            if let lost {
                problems.append(
                    .notifiedEventMissing(notification: lost["notification"], event: lost["event"]))
            }
            if try Self.eventCount(of: patient, in: db) == 0 {
                let documents =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM document WHERE patientId = ?", arguments: [patient])
                    ?? 0
                let notifications =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM notification WHERE patientId = ?", arguments: [patient]
                    ) ?? 0
                if documents + notifications > 0 {
                    problems.append(.emptyHistory(documents: documents, notifications: notifications))
                }
            }
            return problems
        }
    }

    /// Nothing to do: SQLite plans carnet's queries by their indexes alone (the record keeps no
    /// `ANALYZE` statistics, whose plans BENCHMARKS.md would have to measure again).
    public func refreshStatistics() throws {}

    /// Puts back the append-only guards someone dropped; returns their names (none: nothing
    /// was missing). Writing commands call it as they open the record.
    @discardableResult
    public func restoreGuards() throws -> [String] {
        try pool.write { db in
            let missing = try Self.missingGuards(in: db)
            for name in missing {
                if let sql = Schema.appendOnlyGuards[name] { try db.execute(sql: sql) }
            }
            return missing
        }
    }

    /// The names of the append-only guards someone dropped (none: all there).
    public func missingGuards() throws -> [String] {
        try reading { db in try Self.missingGuards(in: db) }
    }

    static func head(of patient: Int64, in db: Database) throws -> AccessChainHead {
        let events = try eventCount(of: patient, in: db)
        let last = try Row.fetchOne(
            db, sql: "SELECT id, hash FROM accessEvent WHERE patientId = ? ORDER BY id DESC LIMIT 1",
            arguments: [patient])
        return AccessChainHead(
            events: events, lastEvent: last?["id"],
            hash: last.flatMap { Data.fromDatabaseValue($0["hash"]) } ?? AccessChain.genesis)
    }

    private static func eventCount(of patient: Int64, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM accessEvent WHERE patientId = ?", arguments: [patient])
            ?? 0
    }

    private static func missingGuards(in db: Database) throws -> [String] {
        let present = try Set(
            String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return Schema.appendOnlyGuards.keys.sorted().filter { !present.contains($0) }
    }
}

/// How the history changed since carnet last saw it, when it did not just grow.
public enum HistoryChange: Sendable, Equatable {
    /// Events carnet saw are gone.
    case shrunk(now: Int)
    /// The events carnet saw are there in number but not as they were.
    case rewritten(now: Int)
}

/// A problem around the chain that its walk cannot see.
public enum HistoryProblem: Sendable, Equatable {
    /// The triggers that make the history append-only were dropped.
    case guardsMissing([String])
    /// A notification's event is gone from the history, or is not the one notified.
    case notifiedEventMissing(notification: Int64, event: Int64)
    /// No event at all, in a record that holds documents or notifications.
    case emptyHistory(documents: Int, notifications: Int)
}

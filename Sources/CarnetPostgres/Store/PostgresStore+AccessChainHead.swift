import CarnetCore
import Foundation
import PostgresNIO

/// The head of a patient's history and what changed around it, as
/// `SQLiteStore+AccessChainHead` reads them: a few indexed lookups, no walk.
extension PostgresStore {
    public func accessChainHead(of patient: Int64) throws -> AccessChainHead {
        try reading { session in try Self.head(of: patient, session) }
    }

    /// Whether the history still extends a head a person kept: the event at the kept
    /// position must have a hash that starts as the kept one does.
    public func check(_ kept: KeptHead, of patient: Int64) throws -> HeadCheck {
        try readTransaction { transaction in
            let session = transaction.session
            let now = try Self.eventCount(of: patient, session)
            guard kept.events > 0 else { return .extends(now: now) }
            guard now >= kept.events else { return .shorter(now: now) }
            let row = try session.row(
                """
                SELECT id, hash FROM accessEvent WHERE patientId = \(patient)
                ORDER BY id LIMIT 1 OFFSET \(Int64(kept.events - 1))
                """)
            guard let row else { return .shorter(now: now) }
            let hash = (try row["hash"] as Data?).map(AccessChain.hex) ?? ""
            return hash.hasPrefix(kept.hashPrefix)
                ? .extends(now: now) : .rewritten(event: try row["id"], now: now)
        }
    }

    /// The head now, and how the history changed since `seen` if it did not just grow: a real
    /// count of the history (an intruder who removes events can fix the kept counts too),
    /// and the events after the seen one, a short range of the chain's index.
    public func accessChainHead(of patient: Int64, since seen: AccessChainHead) throws
        -> (head: AccessChainHead, change: HistoryChange?)
    {
        try readTransaction { transaction in
            let session = transaction.session
            let head = try Self.head(of: patient, session)
            guard let last = seen.lastEvent, seen.events > 0 else { return (head, nil) }
            let row = try session.row(
                """
                SELECT (SELECT count(*) FROM accessEvent WHERE patientId = \(patient) AND id > \(last)) AS after,
                    (SELECT hash FROM accessEvent WHERE id = \(last) AND patientId = \(patient)) AS hash,
                    EXISTS (SELECT 1 FROM accessEvent WHERE id = \(last) AND patientId = \(patient)) AS kept
                """)
            guard let row else { return (head, .shrunk(now: head.events)) }
            let upToLast = head.events - Int(try row["after"] as Int64)
            if try !(row["kept"] as Bool) || upToLast < seen.events {
                return (head, .shrunk(now: head.events))
            }
            if try row["hash"] as Data? != seen.hash || upToLast != seen.events {
                return (head, .rewritten(now: head.events))
            }
            return (head, nil)
        }
    }

    /// What is wrong around the chain itself: guards dropped, notified events gone, a history
    /// emptied under documents and notifications.
    public func historyProblems(of patient: Int64) throws -> [HistoryProblem] {
        try readTransaction { transaction in
            let session = transaction.session
            var problems: [HistoryProblem] = []
            let missing = try Self.missingGuards(session)
            if !missing.isEmpty { problems.append(.guardsMissing(missing)) }
            let lost = try session.row(
                """
                SELECT n.id AS notification, n.eventId AS event FROM notification n
                WHERE n.patientId = \(patient) AND NOT EXISTS
                    (SELECT 1 FROM accessEvent e WHERE e.id = n.eventId AND e.hash = n.eventHash)
                ORDER BY n.id LIMIT 1
                """)
            if let lost {
                problems.append(
                    .notifiedEventMissing(notification: try lost["notification"], event: try lost["event"]))
            }
            if try Self.eventCount(of: patient, session) == 0,
                let row = try session.row(
                    """
                    SELECT (SELECT count(*) FROM document WHERE patientId = \(patient)) AS documents,
                        (SELECT count(*) FROM notification WHERE patientId = \(patient)) AS notifications
                    """)
            {
                let documents = Int(try row["documents"] as Int64)
                let notifications = Int(try row["notifications"] as Int64)
                if documents + notifications > 0 {
                    problems.append(.emptyHistory(documents: documents, notifications: notifications))
                }
            }
            return problems
        }
    }

    /// The count of events and the last one, in one statement.
    private static func head(of patient: Int64, _ session: PostgresSession) throws -> AccessChainHead {
        let row = try session.row(
            """
            SELECT (SELECT count(*) FROM accessEvent WHERE patientId = \(patient)) AS events, last.id, last.hash
            FROM (SELECT 1) one
            LEFT JOIN LATERAL (
                SELECT id, hash FROM accessEvent WHERE patientId = \(patient) ORDER BY id DESC LIMIT 1
            ) last ON true
            """)
        guard let row else { return AccessChainHead(events: 0, lastEvent: nil, hash: AccessChain.genesis) }
        let last: Int64? = try row["id"]
        let hash: Data? = try row["hash"]
        return AccessChainHead(
            events: Int(try row["events"] as Int64), lastEvent: last, hash: hash ?? AccessChain.genesis)
    }

    /// The real number of events (not the kept one: see `accessChainHead(of:since:)`).
    private static func eventCount(of patient: Int64, _ session: PostgresSession) throws -> Int {
        Int(
            try session.value("SELECT count(*) FROM accessEvent WHERE patientId = \(patient)", as: Int64.self)
                ?? 0)
    }
}

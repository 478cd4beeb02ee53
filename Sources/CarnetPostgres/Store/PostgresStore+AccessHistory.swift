import CarnetCore
import Foundation
import PostgresNIO

/// Who accessed a record, as `SQLiteStore+AccessHistory` reads it: keyset pages of
/// `access_by_date` (or `access_by_actor`, `access_by_action`), counts and positions from the
/// kept per-day counts (`PostgresStore+AccessCounts`), and the hash chain
/// (`PostgresStore+AccessChain`).
extension PostgresStore: AccessHistoryQueries {
    public func accessEvents(
        of patient: Int64, matching filter: AccessHistoryFilter, page: PageRequest, limit: Int
    ) throws -> [AccessEvent] {
        try reading { session in
            try Self.accessList(patient, filter).fetch(session, page, limit: limit).map(Self.accessEvent)
        }
    }

    /// The matching events newest first, a keyset page at a time: no transaction stays open
    /// while `body` writes, and memory holds one page.
    public func forEachAccessEvent(
        of patient: Int64, matching filter: AccessHistoryFilter, limit: Int?, pageSize: Int,
        _ body: (AccessEvent) throws -> Void
    ) throws {
        try PageRequest.walk(
            limit: limit, pageSize: pageSize,
            read: { page, size in try accessEvents(of: patient, matching: filter, page: page, limit: size) },
            key: { PageKey(date: $0.at, id: $0.id) }, body)
    }

    public func accessEventCount(of patient: Int64, matching filter: AccessHistoryFilter) throws -> Int {
        try reading { session in
            var statement = PostgresStatement()
            statement.sql = "SELECT " + Self.keptAccessCount(&statement, patient, filter)
            return Int(try session.value(statement, as: Int64.self) ?? 0)
        }
    }

    public func accessEventPosition(
        of key: PageKey, patient: Int64, matching filter: AccessHistoryFilter, oldestFirst: Bool
    ) throws -> Int {
        try reading { session in
            var statement = PostgresStatement()
            statement.sql =
                "SELECT "
                + Self.keptAccessPosition(&statement, of: key, patient, filter, newestFirst: !oldestFirst)
            return Int(try session.value(statement, as: Int64.self) ?? 0)
        }
    }

    public func accessEvent(_ id: Int64, of patient: Int64) throws -> AccessEvent? {
        try reading { session in
            try session.row(
                "SELECT \(unescaped: Self.chainColumns) FROM accessEvent WHERE id = \(id) AND patientId = \(patient)"
            ).map(Self.accessEvent)
        }
    }

    /// The names behind events' targets: a document's title, a professional's or
    /// establishment's name, a profile entry's label; those whose subject is gone are left
    /// out. One statement for a page of events.
    public func targetNames(_ targets: [String], of patient: Int64) throws -> [String: String] {
        let subjects = EventTargets(targets)
        guard !subjects.isEmpty else { return [:] }
        let (documents, people, entries) = (subjects.documents, subjects.people, subjects.profileEntries)
        let rows = try reading { session in
            try session.rows(
                """
                SELECT 'document' AS kind, id::text AS id, title AS name FROM document
                WHERE patientId = \(patient) AND id = ANY(\(Array(documents.keys)))
                UNION ALL SELECT 'consent', rpps, name FROM professional WHERE rpps = ANY(\(Array(people.keys)))
                UNION ALL SELECT 'consent', finess, name FROM establishment WHERE finess = ANY(\(Array(people.keys)))
                UNION ALL SELECT 'profile', id::text, label FROM profileEntry
                WHERE patientId = \(patient) AND id = ANY(\(Array(entries.keys)))
                """)
        }
        var names: [String: String] = [:]
        for row in rows {
            let kind: String = try row["kind"]
            let id: String = try row["id"]
            let target: String? =
                switch kind {
                case "document": Int64(id).flatMap { documents[$0] }
                case "profile": Int64(id).flatMap { entries[$0] }
                default: people[id]
                }
            if let target { names[target] = try row["name"] }
        }
        return names
    }

    // MARK: - Rows

    /// The columns an event is read with (`accessEvent`, `chainContent`).
    static let chainColumns = """
        id, patientId, at, actorType, actorId, actorName, action, target, outcome, emergency, reason, hash,
        previousId
        """

    /// An event read with `chainColumns`. The columns' types are the schema's, so only a
    /// value outside carnet's names (written around the store) needs a fallback; the
    /// verification names such an event.
    static func accessEvent(_ row: RecordRow) throws -> AccessEvent {
        AccessEvent(
            id: try row["id"], at: try row.date("at"),
            actorType: ActorType(rawValue: try row["actorType"]) ?? .system,
            actorId: try row["actorId"], actorName: try row["actorName"],
            action: AccessAction(rawValue: try row["action"]) ?? .read, target: try row["target"],
            outcome: AccessOutcome(rawValue: try row["outcome"]) ?? .done,
            emergency: try row.flag("emergency"), reason: try row["reason"], hash: try row["hash"])
    }
}

import Foundation
import GRDB

extension SQLiteStore {
    /// A page of the access history, newest first, optionally filtered by date range and
    /// actor. Each page is one range scan of `access_by_date` (or `access_by_actor` when an
    /// actor is given), whatever the page's position.
    public func accessEvents(
        of patient: Int64, matching filter: AccessHistoryFilter = .all, page: PageRequest = .first,
        limit: Int
    ) throws -> [AccessEvent] {
        try reading { db in
            try Self.accessQuery(patient, filter).fetch(db, page, limit: limit).map(Self.accessEvent)
        }
    }

    /// Streams the matching events, newest first, a keyset page at a time: no read
    /// transaction stays open while `body` writes, and memory holds one page.
    public func forEachAccessEvent(
        of patient: Int64, matching filter: AccessHistoryFilter = .all, limit: Int? = nil,
        pageSize: Int = 1_000, _ body: (AccessEvent) throws -> Void
    ) throws {
        try PageRequest.walk(
            limit: limit, pageSize: pageSize,
            read: { page, size in try accessEvents(of: patient, matching: filter, page: page, limit: size) },
            key: { PageKey(date: $0.at, id: $0.id) }, body)
    }

    /// How many events match: a sum of the kept per-day counts, whatever the history's
    /// length (see `keptAccessCount`).
    public func accessEventCount(of patient: Int64, matching filter: AccessHistoryFilter = .all) throws -> Int
    {
        try reading { db in try Self.keptAccessCount(db, patient, filter) }
    }

    /// One event, or nil when the history holds no such event of this patient.
    public func accessEvent(_ id: Int64, of patient: Int64) throws -> AccessEvent? {
        try reading { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Self.chainColumns) FROM accessEvent WHERE id = ? AND patientId = ?",
                arguments: [id, patient]
            ).map(Self.accessEvent)
        }
    }

    static func accessQuery(_ patient: Int64, _ filter: AccessHistoryFilter) -> KeysetQuery {
        var conditions = ["patientId = ?"]
        var arguments: StatementArguments = [patient]
        if let actor = filter.actorId {
            conditions.append("actorId = ?")
            arguments += [actor]
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            arguments += [since.unixSeconds]
        }
        if let until = filter.until {
            conditions.append("at <= ?")
            arguments += [until.unixSeconds]
        }
        if let action = filter.action {
            conditions.append("action = ?")
            arguments += [action.rawValue]
        }
        return KeysetQuery(
            select: "SELECT \(chainColumns) FROM accessEvent", filter: conditions.joined(separator: " AND "),
            arguments: arguments, time: "at", id: "id")
    }

    /// An event read with `chainColumns`, by position (by name, the lookups cost more than
    /// the query on a long listing). Decoded leniently: a value overwritten with another type
    /// behind carnet's back is listed as best it can be, and `verifyAccessChain` names it.
    static func accessEvent(_ row: Row) -> AccessEvent {
        typealias C = ChainColumn
        func text(_ index: Int) -> String {
            String.fromDatabaseValue(row[index]) ?? (row[index] as DatabaseValue).description
        }
        return AccessEvent(
            id: row[C.id], at: Date(unixSeconds: Int64.fromDatabaseValue(row[C.at]) ?? 0),
            actorType: ActorType(rawValue: text(C.actorType)) ?? .system,
            actorId: text(C.actorId), actorName: text(C.actorName),
            action: AccessAction(rawValue: text(C.action)) ?? .read, target: text(C.target),
            outcome: AccessOutcome(rawValue: text(C.outcome)) ?? .done,
            emergency: Bool.fromDatabaseValue(row[C.emergency]) ?? false,
            reason: String.fromDatabaseValue(row[C.reason]), hash: Data.fromDatabaseValue(row[C.hash]))
    }
}

extension SQLiteStore {
    /// The names behind events' targets: a document's title for `document ID`, a
    /// professional's or establishment's name for `consent ID`, a profile entry's label for
    /// `profile ID`. One query per kind for a page of events; targets whose subject is gone
    /// (a deleted document) are left out.
    public func targetNames(_ targets: [String], of patient: Int64) throws -> [String: String] {
        let subjects = EventTargets(targets)
        guard !subjects.isEmpty else { return [:] }
        let (documents, people, entries) = (subjects.documents, subjects.people, subjects.profileEntries)
        return try reading { db in
            var names: [String: String] = [:]
            if !documents.isEmpty {
                let marks = Array(repeating: "?", count: documents.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db, sql: "SELECT id, title FROM document WHERE patientId = ? AND id IN (\(marks))",
                    arguments: StatementArguments(
                        [patient] + documents.keys.map { $0 as any DatabaseValueConvertible }))
                for row in rows {
                    if let target = documents[row["id"]] { names[target] = row["title"] }
                }
            }
            if !people.isEmpty {
                let marks = Array(repeating: "?", count: people.count).joined(separator: ",")
                let ids = people.keys.map { $0 as any DatabaseValueConvertible }
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT rpps AS id, name FROM professional WHERE rpps IN (\(marks))
                        UNION ALL SELECT finess, name FROM establishment WHERE finess IN (\(marks))
                        """, arguments: StatementArguments(ids + ids))
                for row in rows {
                    if let target = people[row["id"]] { names[target] = row["name"] }
                }
            }
            if !entries.isEmpty {
                let marks = Array(repeating: "?", count: entries.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db, sql: "SELECT id, label FROM profileEntry WHERE patientId = ? AND id IN (\(marks))",
                    arguments: StatementArguments(
                        [patient] + entries.keys.map { $0 as any DatabaseValueConvertible }))
                for row in rows {
                    if let target = entries[row["id"]] { names[target] = row["label"] }
                }
            }
            return names
        }
    }
}

import CarnetCore
import Foundation
import PostgresNIO

/// Appending to the access history, each event chained to the patient's previous one (see
/// `AccessChain`), from many clients at once. The per-day counts follow by the schema's
/// trigger.
///
/// The chain is linear only if no two writers append after the same tip. So the first append
/// to a patient in a transaction takes that patient's advisory lock, held until the
/// transaction ends, and only then reads the tip; the events' ids come from the identity's
/// sequence after the lock, so they are higher than any event the tip's writer committed (its
/// sequence caches one value, PostgreSQL's default, so no session holds ids from before).
extension PostgresTransaction {
    @discardableResult
    public func appendEvents(_ events: [AccessEvent], patient: Int64) throws -> [Int64] {
        guard !events.isEmpty else { return [] }
        var tip = try chainTip(of: patient)
        // One event (each act of the browser and the commands): the identity gives its id in
        // the insert itself, one round trip rather than two.
        if events.count == 1 {
            var statement = PostgresStatement(
                "INSERT INTO accessEvent(\(RecordSQL.eventColumns.joined(separator: ", "))) VALUES ")
            let hash = try bind(events[0], id: nil, patient: patient, after: tip, in: &statement)
            statement.sql += " RETURNING id"
            guard let id = try session.value(statement, as: Int64.self) else { return [] }
            chainTips[patient] = (id, hash)
            return [id]
        }
        let ids = try session.rows(
            """
            SELECT nextval(pg_get_serial_sequence('accessevent', 'id')) AS id
            FROM generate_series(1, \(Int64(events.count)))
            """
        ).map { try $0["id"] as Int64 }.sorted()
        if events.count >= Self.eventsPerCopy {
            chainTips[patient] = try copyEvents(events, ids: ids, patient: patient, after: tip)
            return ids
        }
        var start = 0
        while start < events.count {
            let end = min(start + Self.eventsPerInsert, events.count)
            var statement = PostgresStatement(
                "INSERT INTO accessEvent(\(RecordSQL.eventColumns.joined(separator: ", "))) VALUES ")
            for index in start..<end {
                if index > start { statement.sql += ", " }
                let hash = try bind(
                    events[index], id: ids[index], patient: patient, after: tip, in: &statement)
                tip = (ids[index], hash)
            }
            try session.run(statement.query)
            start = end
        }
        chainTips[patient] = tip
        return ids
    }

    /// Appends the row of an event chained after `tip` to an insert's VALUES, its id bound or
    /// the identity's (`DEFAULT`) when nil; returns the event's hash.
    private func bind(
        _ event: AccessEvent, id: Int64?, patient: Int64, after tip: (id: Int64, hash: Data)?,
        in statement: inout PostgresStatement
    ) throws -> Data {
        let hash = AccessChain.hash(
            of: AccessEventContent(event, patient: patient), after: tip?.hash ?? AccessChain.genesis)
        let values = try [
            id.map { statement.bind($0) } ?? "DEFAULT", statement.bind(patient),
            statement.bind(event.at.unixSeconds), statement.bind(event.actorType.rawValue),
            statement.bind(event.actorId), statement.bind(event.actorName),
            statement.bind(event.action.rawValue),
            statement.bind(event.target), statement.bind(event.outcome.rawValue),
            statement.bind(Self.flag(event.emergency)), statement.bind(event.reason), statement.bind(hash),
            statement.bind(tip?.id),
        ]
        statement.sql += "(" + values.joined(separator: ", ") + ")"
        return hash
    }

    /// Rows per insert: 13 values each, well under the protocol's 65,535 bound values.
    static let eventsPerInsert = 500

    /// From this many events on, one `COPY` rather than inserts (the large demo's batches of
    /// a thousand): the rows go as one stream, the day counts' trigger fires once.
    static let eventsPerCopy = 200

    /// Sends the events, chained after `tip`, with one `COPY`; returns the new tip.
    private func copyEvents(
        _ events: [AccessEvent], ids: [Int64], patient: Int64, after tip: (id: Int64, hash: Data)?
    ) throws -> (id: Int64, hash: Data)? {
        var tip = tip
        var rows = PostgresCopyRows()
        for (event, id) in zip(events, ids) {
            let hash = AccessChain.hash(
                of: AccessEventContent(event, patient: patient), after: tip?.hash ?? AccessChain.genesis)
            rows.add([
                String(id), String(patient), String(event.at.unixSeconds), event.actorType.rawValue,
                event.actorId, event.actorName, event.action.rawValue, event.target, event.outcome.rawValue,
                String(Self.flag(event.emergency)), event.reason, PostgresCopyRows.bytes(hash),
                tip.map { String($0.id) },
            ])
            tip = (id, hash)
        }
        try session.copy(into: "accessEvent", columns: RecordSQL.eventColumns, rows: rows)
        return tip
    }

    /// The patient's last event (nil: none yet), read under the patient's lock, which the
    /// first call of a transaction takes. A savepoint rolled back forgets the tips it read
    /// (`atomically`), as PostgreSQL releases the locks taken in it.
    func chainTip(of patient: Int64) throws -> (id: Int64, hash: Data)? {
        if let known = chainTips[patient] { return known }
        try lockHistory(of: patient)
        let tip = try session.row(
            "SELECT id, hash FROM accessEvent WHERE patientId = \(patient) ORDER BY id DESC LIMIT 1"
        ).map { row in (id: try row["id"] as Int64, hash: try row["hash"] as Data) }
        chainTips[patient] = tip
        return tip
    }

    /// Takes the patient's history lock until the transaction ends: carnet's key space (the
    /// two-key form, apart from the one-key locks of migrations), the patient's id folded to
    /// 32 bits; two patients sharing a lock only wait for each other.
    func lockHistory(of patient: Int64) throws {
        let key = Int32(truncatingIfNeeded: patient)
        try session.run("SELECT pg_advisory_xact_lock(\(Self.historyLockSpace), \(key))")
    }

    /// "carn" in ASCII: carnet's first key of its per-patient history locks.
    static let historyLockSpace: Int32 = 0x6361_726E

    /// Notifies the patient of an event, naming the document it is about when there is one.
    @discardableResult
    public func addNotification(
        event: Int64, kind: CarnetCore.Notification.Kind, patient: Int64, at: Date, readAt: Date?,
        document: Int64?
    ) throws -> Int64 {
        try session.value(
            """
            INSERT INTO notification(patientId, eventId, kind, createdAt, readAt, documentId, eventHash)
            VALUES (\(patient), \(event), \(kind.rawValue), \(at.unixSeconds), \(readAt?.unixSeconds),
                \(document), (SELECT hash FROM accessEvent WHERE id = \(event)))
            RETURNING id
            """, as: Int64.self)!
    }

    /// Marks the patient's unread notifications read (only `id` when given); the unread
    /// counts follow by the schema's trigger. Returns how many were unread.
    @discardableResult
    public func markNotificationsRead(patient: Int64, only id: Int64?, at now: Date) throws -> Int {
        if let id {
            return try changed(
                """
                UPDATE notification SET readAt = \(now.unixSeconds)
                WHERE patientId = \(patient) AND readAt IS NULL AND id = \(id) RETURNING 1
                """)
        }
        return try changed(
            """
            UPDATE notification SET readAt = \(now.unixSeconds)
            WHERE patientId = \(patient) AND readAt IS NULL RETURNING 1
            """)
    }

    public func setBannerPreference(patient: Int64, kind: CarnetCore.Notification.Kind, enabled: Bool) throws
    {
        try session.run(
            """
            INSERT INTO notificationPreference(patientId, kind, enabled)
            VALUES (\(patient), \(kind.rawValue), \(Self.flag(enabled)))
            ON CONFLICT (patientId, kind) DO UPDATE SET enabled = excluded.enabled
            """)
    }

    /// Remembers (or updates) where an imported item came from.
    public func rememberSource(patient: Int64, source: String, part: String, item: ImportedItem) throws {
        try session.run(
            """
            INSERT INTO importSource(patientId, sourceKey, part, kind, itemId, version)
            VALUES (\(patient), \(source), \(part), \(item.kind.rawValue), \(item.itemId), \(item.version))
            ON CONFLICT (patientId, sourceKey, part) DO UPDATE SET
                kind = excluded.kind, itemId = excluded.itemId, version = excluded.version
            """)
    }
}

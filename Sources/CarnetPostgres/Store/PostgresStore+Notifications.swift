import CarnetCore
import Foundation
import PostgresNIO

/// The patient's notifications, as `SQLiteStore+Notifications` reads them: keyset pages of
/// `notification_by_date` (`notification_unread_by_date` for the unread ones), counts from the
/// kept `notificationCount` (a trigger keeps it), the banners' newest ones across records.
extension PostgresStore: NotificationQueries {
    public func notices(of patient: Int64, unreadOnly: Bool, page: PageRequest, limit: Int) throws -> [Notice]
    {
        try reading { session in
            try Self.noticeList(patient, unreadOnly: unreadOnly).fetch(session, page, limit: limit).map(
                Self.notice)
        }
    }

    /// The inbox newest first, a keyset page at a time.
    public func forEachNotice(
        of patient: Int64, unreadOnly: Bool, limit: Int?, pageSize: Int, _ body: (Notice) throws -> Void
    ) throws {
        try PageRequest.walk(
            limit: limit, pageSize: pageSize,
            read: { page, size in try notices(of: patient, unreadOnly: unreadOnly, page: page, limit: size) },
            key: { PageKey(date: $0.notification.createdAt, id: $0.id) }, body)
    }

    /// A sum of the kept counts, one row per kind.
    public func noticeCount(of patient: Int64, unreadOnly: Bool) throws -> Int {
        try reading { session in
            let column = unreadOnly ? "unread" : "notices"
            return Int(
                try session.value(
                    "SELECT coalesce(sum(\(unescaped: column)), 0)::bigint FROM notificationCount WHERE patientId = \(patient)",
                    as: Int64.self) ?? 0)
        }
    }

    public func noticePosition(of key: PageKey, patient: Int64, unreadOnly: Bool) throws -> Int {
        try reading { session in
            try Self.noticeList(patient, unreadOnly: unreadOnly).position(of: key, session)
        }
    }

    public func unreadNoticeCounts(of patient: Int64) throws -> [CarnetCore.Notification.Kind: Int] {
        try reading { session in
            var counts: [CarnetCore.Notification.Kind: Int] = [:]
            for row in try session.rows(
                "SELECT kind, unread FROM notificationCount WHERE patientId = \(patient) AND unread > 0")
            {
                if let kind = CarnetCore.Notification.Kind(rawValue: try row["kind"]) {
                    counts[kind] = Int(try row["unread"] as Int64)
                }
            }
            return counts
        }
    }

    public func notices(of patient: Int64, after: Int64, limit: Int) throws -> (notices: [Notice], count: Int)
    {
        try notices(ofRecords: [patient], after: after, limit: limit)
    }

    /// The newest notifications of these records after the one with id `after` (ids grow
    /// across records), newest first, and how many there are in all, at one moment.
    public func notices(ofRecords patients: [Int64], after: Int64, limit: Int) throws
        -> (notices: [Notice], count: Int)
    {
        guard !patients.isEmpty else { return ([], 0) }
        return try readTransaction { transaction in
            let session = transaction.session
            let count =
                try session.value(
                    "SELECT count(*) FROM notification WHERE patientId = ANY(\(patients)) AND id > \(after)",
                    as: Int64.self) ?? 0
            let notices = try session.rows(
                """
                \(unescaped: Self.noticeSelect) WHERE n.patientId = ANY(\(patients)) AND n.id > \(after)
                ORDER BY n.id DESC LIMIT \(Int64(limit))
                """
            ).map(Self.notice)
            return (notices, Int(count))
        }
    }

    public func newestUnreadNotice(of patient: Int64, kinds: [CarnetCore.Notification.Kind]) throws -> Notice?
    {
        guard !kinds.isEmpty else { return nil }
        return try reading { session in
            try session.row(
                """
                \(unescaped: Self.noticeSelect)
                WHERE n.patientId = \(patient) AND n.readAt IS NULL AND n.kind = ANY(\(kinds.map(\.rawValue)))
                ORDER BY n.id DESC LIMIT 1
                """
            ).map(Self.notice)
        }
    }

    public func latestNotificationId(of patient: Int64) throws -> Int64? {
        try latestNotificationId(ofRecords: [patient])
    }

    public func latestNotificationId(ofRecords patients: [Int64]) throws -> Int64? {
        guard !patients.isEmpty else { return nil }
        return try reading { session in
            try session.value(
                "SELECT max(id) FROM notification WHERE patientId = ANY(\(patients))", as: Int64?.self) ?? nil
        }
    }

    public func notice(_ id: Int64, of patient: Int64) throws -> Notice? {
        try reading { session in
            try session.row("\(unescaped: Self.noticeSelect) WHERE n.id = \(id) AND n.patientId = \(patient)")
                .map(Self.notice)
        }
    }

    /// Which kinds of notification show a banner.
    public func notificationPreferences(of patient: Int64) throws -> NotificationPreferences {
        try reading { session in
            let kinds = try session.rows(
                "SELECT kind FROM notificationPreference WHERE patientId = \(patient) AND enabled = 0"
            ).map { row in try row["kind"] as String }
            return NotificationPreferences(silenced: Set(kinds.compactMap(CarnetCore.Notification.Kind.init)))
        }
    }

    // MARK: - Rows

    static func noticeList(_ patient: Int64, unreadOnly: Bool) -> PostgresKeyset {
        var filter = PostgresStatement()
        filter.sql = "n.patientId = \(filter.bind(patient))" + (unreadOnly ? " AND n.readAt IS NULL" : "")
        return PostgresKeyset(
            select: noticeSelect, table: "notification n", filter: filter, time: "n.createdAt", id: "n.id")
    }

    /// The event's columns under their own names (`accessEvent` reads them), then the
    /// notification's and what the banner names.
    static let noticeSelect = """
        SELECT \(chainColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: ", ")),
            n.id AS noticeId, n.patientId AS noticePatientId, n.kind AS noticeKind, n.createdAt AS noticeAt,
            n.readAt AS noticeReadAt, coalesce(p.profession, s.kind) AS actorProfession,
            p.specialty AS actorSpecialty, d.id AS documentId, d.title AS documentTitle, d.actDate AS documentDate
        FROM notification n
        JOIN accessEvent e ON e.id = n.eventId
        LEFT JOIN professional p ON e.actorType = 'professional' AND p.rpps = e.actorId
        LEFT JOIN establishment s ON e.actorType = 'establishment' AND s.finess = e.actorId
        LEFT JOIN document d ON d.id = n.documentId
        """

    static func notice(_ row: RecordRow) throws -> Notice {
        let event = try accessEvent(row)
        let documentId: Int64? = try row["documentId"]
        let document = try documentId.map { id in
            DocumentMention(id: id, title: try row["documentTitle"], date: try row.date("documentDate"))
        }
        return Notice(
            notification: CarnetCore.Notification(
                id: try row["noticeId"], eventId: event.id,
                kind: CarnetCore.Notification.Kind(rawValue: try row["noticeKind"]) ?? .read,
                createdAt: try row.date("noticeAt"), readAt: try row.optionalDate("noticeReadAt"),
                documentId: documentId),
            event: event, profession: try row["actorProfession"], specialty: try row["actorSpecialty"],
            document: document, patientId: try row["noticePatientId"])
    }
}

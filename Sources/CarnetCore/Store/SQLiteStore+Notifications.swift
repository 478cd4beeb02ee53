import Foundation
import GRDB

/// The patient's notifications, read for the inbox, the banners and `carnet notifications`.
extension SQLiteStore {
    /// A page of the inbox, newest first (only the unread ones when `unreadOnly`).
    public func notices(
        of patient: Int64, unreadOnly: Bool = false, page: PageRequest = .first, limit: Int
    ) throws -> [Notice] {
        try reading { db in
            try Self.noticeQuery(patient, unreadOnly: unreadOnly).fetch(db, page, limit: limit).map(
                Self.notice)
        }
    }

    /// Streams the inbox newest first, a keyset page at a time.
    public func forEachNotice(
        of patient: Int64, unreadOnly: Bool = false, limit: Int? = nil, pageSize: Int = 1_000,
        _ body: (Notice) throws -> Void
    ) throws {
        try PageRequest.walk(
            limit: limit, pageSize: pageSize,
            read: { page, size in try notices(of: patient, unreadOnly: unreadOnly, page: page, limit: size) },
            key: { PageKey(date: $0.notification.createdAt, id: $0.id) }, body)
    }

    /// How many notifications the inbox holds (only the unread ones when `unreadOnly`): a sum
    /// of the kept counts, one row per kind (migration v10).
    public func noticeCount(of patient: Int64, unreadOnly: Bool = false) throws -> Int {
        try reading { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT coalesce(sum(\(unreadOnly ? "unread" : "notices")), 0) FROM notificationCount WHERE patientId = ?",
                arguments: [patient]) ?? 0
        }
    }

    /// Unread notifications by kind: the status line's count and the summary at start.
    public func unreadNoticeCounts(of patient: Int64) throws -> [Notification.Kind: Int] {
        try reading { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT kind, unread FROM notificationCount WHERE patientId = ? AND unread > 0",
                arguments: [patient])
            var counts: [Notification.Kind: Int] = [:]
            for row in rows {
                if let kind = Notification.Kind(rawValue: row["kind"]) { counts[kind] = row["unread"] }
            }
            return counts
        }
    }

    /// The newest notifications after the one with id `after`, newest first, and how many
    /// there are in all: what arrived since the last look.
    public func notices(of patient: Int64, after: Int64, limit: Int) throws -> (notices: [Notice], count: Int)
    {
        try notices(ofRecords: [patient], after: after, limit: limit)
    }

    /// The newest unread notification of one of the kinds, if any.
    public func newestUnreadNotice(of patient: Int64, kinds: [Notification.Kind]) throws -> Notice? {
        guard !kinds.isEmpty else { return nil }
        let marks = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        return try reading { db in
            try Row.fetchOne(
                db,
                sql: Self.noticeSelect
                    + " WHERE n.patientId = ? AND n.readAt IS NULL AND n.kind IN (\(marks)) ORDER BY n.id DESC LIMIT 1",
                arguments: StatementArguments([patient] + kinds.map(\.rawValue))
            ).map(Self.notice)
        }
    }

    /// The id of the newest notification, or nil when there is none.
    public func latestNotificationId(of patient: Int64) throws -> Int64? {
        try latestNotificationId(ofRecords: [patient])
    }

    /// One notification, or nil when the patient has no such notification.
    public func notice(_ id: Int64, of patient: Int64) throws -> Notice? {
        try reading { db in
            try Row.fetchOne(
                db, sql: Self.noticeSelect + " WHERE n.id = ? AND n.patientId = ?", arguments: [id, patient]
            ).map(Self.notice)
        }
    }

    /// Which kinds of notification show a banner.
    public func notificationPreferences(of patient: Int64) throws -> NotificationPreferences {
        try reading { db in
            let kinds = try String.fetchAll(
                db, sql: "SELECT kind FROM notificationPreference WHERE patientId = ? AND enabled = 0",
                arguments: [patient])
            return NotificationPreferences(silenced: Set(kinds.compactMap(Notification.Kind.init)))
        }
    }

    static func noticeQuery(_ patient: Int64, unreadOnly: Bool) -> KeysetQuery {
        KeysetQuery(
            select: noticeSelect, filter: "n.patientId = ?" + (unreadOnly ? " AND n.readAt IS NULL" : ""),
            arguments: [patient], time: "n.createdAt", id: "n.id")
    }

    /// The event's columns first, in `chainColumns` order, so that `accessEvent` reads them.
    static let noticeSelect = """
        SELECT \(chainColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: ", ")),
            n.id AS noticeId, n.patientId AS noticePatientId, n.kind AS noticeKind, n.createdAt AS noticeAt, n.readAt AS noticeReadAt,
            COALESCE(p.profession, s.kind) AS actorProfession, p.specialty AS actorSpecialty,
            d.id AS documentId, d.title AS documentTitle, d.actDate AS documentDate
        FROM notification n
        JOIN accessEvent e ON e.id = n.eventId
        LEFT JOIN professional p ON e.actorType = 'professional' AND p.rpps = e.actorId
        LEFT JOIN establishment s ON e.actorType = 'establishment' AND s.finess = e.actorId
        LEFT JOIN document d ON d.id = n.documentId
        """

    static func notice(_ row: Row) -> Notice {
        let event = accessEvent(row)
        let readAt: Int64? = row["noticeReadAt"]
        let documentId: Int64? = row["documentId"]
        let document = documentId.map { id in
            DocumentMention(id: id, title: row["documentTitle"], date: Date(unixSeconds: row["documentDate"]))
        }
        return Notice(
            notification: Notification(
                id: row["noticeId"], eventId: event.id,
                kind: Notification.Kind(rawValue: row["noticeKind"]) ?? .read,
                createdAt: Date(unixSeconds: row["noticeAt"]), readAt: readAt.map(Date.init(unixSeconds:)),
                documentId: documentId),
            event: event, profession: row["actorProfession"], specialty: row["actorSpecialty"],
            document: document, patientId: row["noticePatientId"])
    }
}

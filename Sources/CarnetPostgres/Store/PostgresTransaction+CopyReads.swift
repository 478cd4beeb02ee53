import CarnetCore
import Foundation
import PostgresNIO

/// Copying a record: ids kept. Each table of one patient streams through a cursor, in id
/// order (see `SQLiteTransaction+CopyReads`).
extension PostgresTransaction {
    public func copiedSettings(of patient: Int64) throws -> CopiedSettings? {
        try session.row("SELECT * FROM recordSettings WHERE patientId = \(patient)").map { row in
            CopiedSettings(
                treatingDoctorRpps: try row["treatingDoctorRpps"],
                samuEmergency: try row.flag("samuEmergency"),
                anyEmergency: try row.flag("anyEmergency"), maskedEmergency: try row.flag("maskedEmergency"),
                closedAt: try row.optionalDate("closedAt"))
        }
    }

    public func forEachCopiedDocument(of patient: Int64, _ body: (CopiedDocument) throws -> Void) throws {
        try forEachRow(
            """
            SELECT d.*, s.title AS searchTitle, s.author AS searchAuthor, s.body AS searchBody
            FROM document d LEFT JOIN documentSearch s ON s.documentId = d.id
            WHERE d.patientId = \(patient) ORDER BY d.id
            """
        ) { row in
            let title: String = try row["title"]
            try body(
                CopiedDocument(
                    id: try row["id"], category: DocumentCategory(code: try row["category"]) ?? .other,
                    title: title, author: try PostgresStore.author(row), authorName: try row["authorName"],
                    date: try row.date("actDate"), deposited: try row.date("depositedAt"),
                    masked: try row.flag("masked"),
                    hiddenFromLegalRepresentatives: try row.flag("hiddenFromLegalRepresentatives"),
                    search: DocumentSearchText(
                        title: try row["searchTitle"] ?? title, author: try row["searchAuthor"] ?? "",
                        body: try row["searchBody"] ?? "")))
        }
    }

    public func forEachCopiedVersion(of patient: Int64, _ body: (CopiedVersion) throws -> Void) throws {
        try forEachRow(
            """
            SELECT v.documentId, v.version, v.authorKind, v.authorRpps, v.authorFiness, v.createdAt,
                v.mediaType, v.content
            FROM documentVersion v JOIN document d ON d.id = v.documentId
            WHERE d.patientId = \(patient) ORDER BY v.documentId, v.version
            """, batch: 50
        ) { row in
            try body(
                CopiedVersion(
                    documentId: try row["documentId"], version: Int(try row["version"] as Int64),
                    author: try PostgresStore.author(row), created: try row.date("createdAt"),
                    mediaType: MediaType(rawValue: try row["mediaType"]) ?? .text, content: try row["content"]
                ))
        }
    }

    public func forEachCopiedReading(of patient: Int64, _ body: (CopiedReading) throws -> Void) throws {
        try forEachRow(
            "SELECT id, code, value, unit, at, source FROM measurement WHERE patientId = \(patient) ORDER BY id"
        ) { row in
            try body(
                CopiedReading(
                    id: try row["id"], code: try row["code"], value: try row["value"], unit: try row["unit"],
                    at: try row.date("at"), source: MeasurementSource(rawValue: try row["source"]) ?? .patient
                ))
        }
    }

    public func forEachCopiedEvent(of patient: Int64, _ body: (CopiedEvent) throws -> Void) throws {
        try forEachRow(
            """
            SELECT id, at, actorType, actorId, actorName, action, target, outcome, emergency, reason,
                hash, previousId
            FROM accessEvent WHERE patientId = \(patient) ORDER BY id
            """
        ) { row in
            let id: Int64 = try row["id"]
            // The columns' types and checks leave no value that cannot be read as it hashes,
            // except an emergency flag someone set around the checks (a dropped CHECK).
            let emergency: Int64 = try row["emergency"]
            guard emergency == 0 || emergency == 1 else {
                throw StoreError.rule(.copySourceEventUnreadable, [String(id)])
            }
            let content = AccessEventContent(
                patientId: patient, at: try row["at"], actorType: try row["actorType"],
                actorId: try row["actorId"], actorName: try row["actorName"], action: try row["action"],
                target: try row["target"], outcome: try row["outcome"], emergency: emergency == 1,
                reason: try row["reason"])
            try body(
                CopiedEvent(
                    id: id, content: content, hash: try row["hash"], previousId: try row["previousId"]))
        }
    }

    public func forEachCopiedNotification(
        of patient: Int64, _ body: (CopiedNotification) throws -> Void
    ) throws {
        try forEachRow(
            """
            SELECT id, eventId, kind, createdAt, readAt, documentId, eventHash FROM notification
            WHERE patientId = \(patient) ORDER BY id
            """
        ) { row in
            let id: Int64 = try row["id"]
            let kind: String = try row["kind"]
            guard let known = CarnetCore.Notification.Kind(rawValue: kind) else {
                throw StoreError.refused("notification \(id): kind \(kind)")
            }
            try body(
                CopiedNotification(
                    notification: CarnetCore.Notification(
                        id: id, eventId: try row["eventId"], kind: known,
                        createdAt: try row.date("createdAt"),
                        readAt: try row.optionalDate("readAt"), documentId: try row["documentId"]),
                    eventHash: try row["eventHash"]))
        }
    }

    public func bannerPreferenceSettings(of patient: Int64) throws -> [CarnetCore.Notification.Kind: Bool] {
        var settings: [CarnetCore.Notification.Kind: Bool] = [:]
        for row in try session.rows(
            "SELECT kind, enabled FROM notificationPreference WHERE patientId = \(patient)")
        {
            if let kind = CarnetCore.Notification.Kind(rawValue: try row["kind"]) {
                settings[kind] = try row.flag("enabled")
            }
        }
        return settings
    }

    public func forEachImportSource(of patient: Int64, _ body: (CopiedImportSource) throws -> Void) throws {
        try forEachRow(
            """
            SELECT sourceKey, part, kind, itemId, version FROM importSource WHERE patientId = \(patient)
            ORDER BY sourceKey COLLATE "C", part COLLATE "C"
            """
        ) { row in
            guard let kind = ImportedItem.Kind(rawValue: try row["kind"]) else { return }
            try body(
                CopiedImportSource(
                    source: try row["sourceKey"], part: try row["part"],
                    item: ImportedItem(kind: kind, itemId: try row["itemId"], version: try row["version"])))
        }
    }
}

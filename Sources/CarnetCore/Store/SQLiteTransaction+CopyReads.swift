import Foundation
import GRDB

/// Copying a record: ids kept. The reads stream each table of one patient through a cursor,
/// in id order, so that a million events never sit in memory at once.
extension SQLiteTransaction {
    public func copiedSettings(of patient: Int64) throws -> CopiedSettings? {
        try Row.fetchOne(db, sql: "SELECT * FROM recordSettings WHERE patientId = ?", arguments: [patient])
            .map {
                row in
                CopiedSettings(
                    treatingDoctorRpps: row["treatingDoctorRpps"], samuEmergency: row["samuEmergency"],
                    anyEmergency: row["anyEmergency"], maskedEmergency: row["maskedEmergency"],
                    closedAt: (row["closedAt"] as Int64?).map(Date.init(unixSeconds:)))
            }
    }

    public func forEachCopiedDocument(of patient: Int64, _ body: (CopiedDocument) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.*, s.title AS searchTitle, s.author AS searchAuthor, s.body AS searchBody
                FROM document d LEFT JOIN documentSearch s ON s.rowid = d.id
                WHERE d.patientId = ? ORDER BY d.id
                """,
            arguments: [patient])
        while let row = try rows.next() {
            let title: String = row["title"]
            try body(
                CopiedDocument(
                    id: row["id"], category: DocumentCategory(code: row["category"]) ?? .other, title: title,
                    author: SQLiteStore.author(row), authorName: row["authorName"],
                    date: Date(unixSeconds: row["actDate"]), deposited: Date(unixSeconds: row["depositedAt"]),
                    masked: row["masked"],
                    hiddenFromLegalRepresentatives: row["hiddenFromLegalRepresentatives"],
                    search: DocumentSearchText(
                        title: row["searchTitle"] ?? title, author: row["searchAuthor"] ?? "",
                        body: row["searchBody"] ?? "")))
        }
    }

    public func forEachCopiedVersion(of patient: Int64, _ body: (CopiedVersion) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT v.documentId, v.version, v.authorKind, v.authorRpps, v.authorFiness, v.createdAt,
                    v.mediaType, v.content
                FROM documentVersion v JOIN document d ON d.id = v.documentId
                WHERE d.patientId = ? ORDER BY v.documentId, v.version
                """,
            arguments: [patient])
        while let row = try rows.next() {
            try body(
                CopiedVersion(
                    documentId: row["documentId"], version: row["version"], author: SQLiteStore.author(row),
                    created: Date(unixSeconds: row["createdAt"]),
                    mediaType: MediaType(rawValue: row["mediaType"]) ?? .text, content: row["content"]))
        }
    }

    public func forEachCopiedReading(of patient: Int64, _ body: (CopiedReading) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT id, code, value, unit, at, source FROM measurement WHERE patientId = ? ORDER BY id",
            arguments: [patient])
        while let row = try rows.next() {
            try body(
                CopiedReading(
                    id: row[0], code: row[1], value: row[2], unit: row[3], at: Date(unixSeconds: row[4]),
                    source: MeasurementSource(rawValue: row[5]) ?? .patient))
        }
    }

    public func forEachCopiedEvent(of patient: Int64, _ body: (CopiedEvent) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT \(SQLiteStore.chainColumns) FROM accessEvent WHERE patientId = ? ORDER BY id"),
            arguments: [patient])
        while let row = try rows.next() {
            let id: Int64 = row[ChainColumn.id]
            // Only an edit around the writer leaves an event that cannot be read back as it
            // hashes; the copy refuses it rather than write another history.
            guard let content = SQLiteStore.chainContent(row),
                let hash = Data.fromDatabaseValue(row[ChainColumn.hash])
            else { throw StoreError.rule(.copySourceEventUnreadable, [String(id)]) }
            try body(
                CopiedEvent(id: id, content: content, hash: hash, previousId: row[ChainColumn.previousId]))
        }
    }

    public func forEachCopiedNotification(
        of patient: Int64, _ body: (CopiedNotification) throws -> Void
    ) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, eventId, kind, createdAt, readAt, documentId, eventHash FROM notification
                WHERE patientId = ? ORDER BY id
                """,
            arguments: [patient])
        while let row = try rows.next() {
            let kind: String = row["kind"]
            guard let known = Notification.Kind(rawValue: kind) else {
                throw StoreError.refused("notification \(row["id"] as Int64): kind \(kind)")
            }
            try body(
                CopiedNotification(
                    notification: Notification(
                        id: row["id"], eventId: row["eventId"], kind: known,
                        createdAt: Date(unixSeconds: row["createdAt"]),
                        readAt: (row["readAt"] as Int64?).map(Date.init(unixSeconds:)),
                        documentId: row["documentId"]),
                    eventHash: row["eventHash"]))
        }
    }

    public func bannerPreferenceSettings(of patient: Int64) throws -> [Notification.Kind: Bool] {
        var settings: [Notification.Kind: Bool] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT kind, enabled FROM notificationPreference WHERE patientId = ?",
            arguments: [patient])
        {
            if let kind = Notification.Kind(rawValue: row["kind"]) { settings[kind] = row["enabled"] }
        }
        return settings
    }

    public func forEachImportSource(of patient: Int64, _ body: (CopiedImportSource) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT sourceKey, part, kind, itemId, version FROM importSource WHERE patientId = ? ORDER BY sourceKey, part",
            arguments: [patient])
        while let row = try rows.next() {
            guard let kind = ImportedItem.Kind(rawValue: row["kind"]) else { continue }
            try body(
                CopiedImportSource(
                    source: row["sourceKey"], part: row["part"],
                    item: ImportedItem(kind: kind, itemId: row["itemId"], version: row["version"])))
        }
    }
}

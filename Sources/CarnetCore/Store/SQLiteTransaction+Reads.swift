import Foundation
import GRDB

/// The reads of one transaction: the facts the policy decides on and what a change shows
/// back (see `RecordReader`).
extension SQLiteTransaction {
    public func patient(_ id: Int64) throws -> Patient? {
        try Row.fetchOne(db, sql: "SELECT * FROM patient WHERE id = ?", arguments: [id]).map(SQLiteStore.patient)
    }

    public func recordSettings(of patient: Int64) throws -> RecordSettings? {
        try Row.fetchOne(db, sql: "SELECT * FROM recordSettings WHERE patientId = ?", arguments: [patient]).map {
            row in
            RecordSettings(
                treatingDoctorRpps: row["treatingDoctorRpps"], samuEmergency: row["samuEmergency"],
                anyEmergency: row["anyEmergency"], maskedEmergency: row["maskedEmergency"],
                closed: (row["closedAt"] as Int64?) != nil)
        }
    }

    public func professional(_ rpps: String) throws -> Professional? {
        try Row.fetchOne(db, sql: "SELECT * FROM professional WHERE rpps = ?", arguments: [rpps])
            .map(Self.professional)
    }

    public func professionalsByName() throws -> [Professional] {
        try Row.fetchAll(db, sql: "SELECT * FROM professional ORDER BY name, rpps").map(Self.professional)
    }

    public func consentStatus(patient: Int64, rpps: String) throws -> ConsentStatus? {
        try String.fetchOne(
            db, sql: "SELECT status FROM consent WHERE patientId = ? AND rpps = ?", arguments: [patient, rpps]
        ).flatMap(ConsentStatus.init(rawValue:))
    }

    public func establishmentConsents(patient: Int64, rpps: String) throws -> [EstablishmentConsent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT e.name, c.status FROM affiliation a
                JOIN establishment e ON e.finess = a.finess
                LEFT JOIN consent c ON c.patientId = ? AND c.finess = a.finess
                WHERE a.rpps = ? ORDER BY e.name
                """,
            arguments: [patient, rpps]
        ).map { row in
            EstablishmentConsent(name: row["name"], status: (row["status"] as String?).flatMap(ConsentStatus.init))
        }
    }

    public func directory(of patient: Int64) throws -> [DirectoryEntry] {
        try SQLiteStore.directory(of: patient, db)
    }

    public func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary? {
        try SQLiteStore.document(id, of: patient, db)
    }

    public func allDocuments(of patient: Int64) throws -> [DocumentSummary] {
        try Row.fetchAll(
            db, sql: SQLiteStore.documentSelect + " WHERE d.patientId = ? ORDER BY d.actDate DESC, d.id DESC",
            arguments: [patient]
        ).map(SQLiteStore.documentSummary)
    }

    public func latestVersion(of document: Int64) throws -> DocumentVersionContent? {
        try Row.fetchOne(
            db,
            sql: "SELECT mediaType, content FROM documentVersion WHERE documentId = ? ORDER BY version DESC LIMIT 1",
            arguments: [document]
        ).map { row in
            DocumentVersionContent(
                mediaType: MediaType(rawValue: row["mediaType"] ?? "") ?? .text, content: row["content"] ?? Data())
        }
    }

    public func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry? {
        try SQLiteStore.profileEntry(id, of: patient, db)
    }

    public func bloodGroupEntry(of patient: Int64) throws -> ProfileEntry? {
        try SQLiteStore.bloodGroupEntry(of: patient, db)
    }

    public func notificationIsRead(_ id: Int64, patient: Int64) throws -> Bool? {
        try Row.fetchOne(
            db, sql: "SELECT readAt FROM notification WHERE id = ? AND patientId = ?", arguments: [id, patient]
        ).map { row in (row["readAt"] as Int64?) != nil }
    }

    /// Turns a kind's banners on or off for a patient.
    public func setBannerPreference(patient: Int64, kind: Notification.Kind, enabled: Bool) throws {
        try db.execute(
            sql: """
                INSERT INTO notificationPreference(patientId, kind, enabled) VALUES (?, ?, ?)
                ON CONFLICT(patientId, kind) DO UPDATE SET enabled = excluded.enabled
                """,
            arguments: [patient, kind.rawValue, enabled])
    }

    static func professional(_ row: Row) -> Professional {
        Professional(
            rpps: row["rpps"], name: row["name"], profession: Profession(rawValue: row["profession"]) ?? .other,
            specialty: row["specialty"], samuRegulation: row["samuRegulation"])
    }
}

import CarnetCore
import Foundation
import PostgresNIO

/// The reads of one transaction: the facts the policy decides on and what a change shows
/// back (see `RecordReader`), as `SQLiteTransaction+Reads` reads them.
extension PostgresTransaction: RecordReader {
    public func patient(_ id: Int64) throws -> Patient? {
        try session.row("SELECT * FROM patient WHERE id = \(id)").map(PostgresStore.patient)
    }

    public func recordSettings(of patient: Int64) throws -> RecordSettings? {
        try PostgresStore.settings(of: patient, session)
    }

    public func professional(_ rpps: String) throws -> Professional? {
        try session.row("SELECT * FROM professional WHERE rpps = \(rpps)").map(PostgresStore.professional)
    }

    public func professionalName(_ rpps: String) throws -> String? {
        try session.value("SELECT name FROM professional WHERE rpps = \(rpps)", as: String.self)
    }

    public func professionalsByName() throws -> [Professional] {
        try session.rows(#"SELECT * FROM professional ORDER BY name COLLATE "C", rpps COLLATE "C""#)
            .map(PostgresStore.professional)
    }

    public func consentStatus(patient: Int64, rpps: String) throws -> ConsentStatus? {
        try session.value(
            "SELECT status FROM consent WHERE patientId = \(patient) AND rpps = \(rpps)", as: String.self
        ).flatMap(ConsentStatus.init(rawValue:))
    }

    public func establishmentConsents(patient: Int64, rpps: String) throws -> [EstablishmentConsent] {
        try session.rows(
            """
            SELECT e.name, c.status FROM affiliation a
            JOIN establishment e ON e.finess = a.finess
            LEFT JOIN consent c ON c.patientId = \(patient) AND c.finess = a.finess
            WHERE a.rpps = \(rpps) ORDER BY e.name COLLATE "C"
            """
        ).map { row in
            EstablishmentConsent(
                name: try row["name"], status: (try row["status"] as String?).flatMap(ConsentStatus.init))
        }
    }

    public func directory(of patient: Int64) throws -> [DirectoryEntry] {
        try PostgresStore.directory(of: patient, session)
    }

    public func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary? {
        try PostgresStore.document(id, of: patient, session)
    }

    public func allDocuments(of patient: Int64) throws -> [DocumentSummary] {
        try session.rows(
            """
            \(unescaped: PostgresStore.documentSelect) WHERE d.patientId = \(patient)
            ORDER BY d.actDate DESC, d.id DESC
            """
        ).map(PostgresStore.documentSummary)
    }

    public func latestVersion(of document: Int64) throws -> DocumentVersionContent? {
        try session.row(
            """
            SELECT mediaType, content FROM documentVersion WHERE documentId = \(document)
            ORDER BY version DESC LIMIT 1
            """
        ).map { row in
            DocumentVersionContent(
                mediaType: MediaType(rawValue: try row["mediaType"]) ?? .text, content: try row["content"])
        }
    }

    public func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry? {
        try PostgresStore.profileEntry(id, of: patient, session)
    }

    public func bloodGroupEntry(of patient: Int64) throws -> ProfileEntry? {
        try PostgresStore.bloodGroupEntry(of: patient, session)
    }

    public func notificationIsRead(_ id: Int64, patient: Int64) throws -> Bool? {
        try session.row("SELECT readAt FROM notification WHERE id = \(id) AND patientId = \(patient)").map {
            row in try row.optionalDate("readAt") != nil
        }
    }

    public func profession(of rpps: String) throws -> Profession? {
        try session.value("SELECT profession FROM professional WHERE rpps = \(rpps)", as: String.self)
            .flatMap(Profession.init(rawValue:))
    }

    public func establishmentExists(_ finess: String) throws -> Bool {
        try session.value(
            "SELECT EXISTS (SELECT 1 FROM establishment WHERE finess = \(finess))", as: Bool.self)
            ?? false
    }

    public func establishmentName(_ finess: String) throws -> String? {
        try session.value("SELECT name FROM establishment WHERE finess = \(finess)", as: String.self)
    }

    /// Whether the patient's profile holds a blood group (it holds one at most).
    public func hasBloodGroup(patient: Int64) throws -> Bool {
        try session.value(
            "SELECT EXISTS (SELECT 1 FROM profileEntry WHERE patientId = \(patient) AND section = 'bloodGroup')",
            as: Bool.self) ?? false
    }

    /// The item imported earlier from this source, if any.
    public func importedItem(patient: Int64, source: String, part: String) throws -> ImportedItem? {
        guard
            let row = try session.row(
                """
                SELECT kind, itemId, version FROM importSource
                WHERE patientId = \(patient) AND sourceKey = \(source) AND part = \(part)
                """),
            let kind = ImportedItem.Kind(rawValue: try row["kind"])
        else { return nil }
        return ImportedItem(kind: kind, itemId: try row["itemId"], version: try row["version"])
    }

    /// The document an earlier import made from this source, if it is still in the record.
    public func importedDocument(patient: Int64, source: String) throws -> Int64? {
        try session.value(
            """
            SELECT d.id FROM importSource s JOIN document d ON d.id = s.itemId AND d.patientId = s.patientId
            WHERE s.patientId = \(patient) AND s.sourceKey = \(source) AND s.kind = 'document'
            """, as: Int64.self)
    }
}

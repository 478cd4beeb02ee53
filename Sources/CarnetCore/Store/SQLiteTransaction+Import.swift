import Foundation
import GRDB

/// What an imported item remembers of the resource it came from.
public struct ImportedItem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case measurement, document, vaccination, profile
    }

    public var kind: Kind
    public var itemId: Int64
    /// The resource's version when it was imported (`meta.versionId`, or a digest of it).
    public var version: String

    public init(kind: Kind, itemId: Int64, version: String) {
        self.kind = kind
        self.itemId = itemId
        self.version = version
    }
}

/// The writes of a FHIR import (see `FHIRImporter`), in its one transaction.
extension SQLiteTransaction {
    /// Runs `body` in a savepoint: when it throws, what it wrote is undone and the rest of
    /// the transaction stays (`--skip-invalid` drops one resource, not the file).
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        return result!
    }

    /// The item imported earlier from this source, if any.
    public func importedItem(patient: Int64, source: String, part: String = "") throws -> ImportedItem? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT kind, itemId, version FROM importSource WHERE patientId = ? AND sourceKey = ? AND part = ?"
                ), arguments: [patient, source, part])
        else { return nil }
        guard let kind = ImportedItem.Kind(rawValue: row["kind"]) else { return nil }
        return ImportedItem(kind: kind, itemId: row["itemId"], version: row["version"])
    }

    /// Remembers (or updates) where an item came from.
    public func rememberSource(
        patient: Int64, source: String, part: String = "", item: ImportedItem
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO importSource(patientId, sourceKey, part, kind, itemId, version)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(patientId, sourceKey, part) DO UPDATE SET
                    kind = excluded.kind, itemId = excluded.itemId, version = excluded.version
                """
        ).execute(arguments: [patient, source, part, item.kind.rawValue, item.itemId, item.version])
    }

    /// Adds a professional unless their RPPS is already known (the record's own entry wins).
    /// Being known gives no access: access comes from the patient's consent.
    public func addProfessionalIfAbsent(_ professional: Professional) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO professional(rpps, name, profession, specialty, samuRegulation)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [
                professional.rpps, professional.name, professional.profession.rawValue,
                professional.specialty,
                professional.samuRegulation,
            ])
    }

    /// Records that a professional works for an establishment, unless it is known already.
    public func addAffiliationIfAbsent(rpps: String, finess: String) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO affiliation(rpps, finess) VALUES (?, ?)", arguments: [rpps, finess])
    }

    public func addEstablishmentIfAbsent(_ establishment: Establishment) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO establishment(finess, name, kind) VALUES (?, ?, ?)",
            arguments: [establishment.finess, establishment.name, establishment.kind.rawValue])
    }

    /// The profession recorded for an RPPS number, if it is known.
    public func profession(of rpps: String) throws -> Profession? {
        try String.fetchOne(db, sql: "SELECT profession FROM professional WHERE rpps = ?", arguments: [rpps])
            .flatMap(Profession.init(rawValue:))
    }

    /// Writes a reading's new value and time over the stored one.
    public func updateMeasurement(_ id: Int64, _ measurement: NewMeasurement) throws {
        try measurement.checkValue()
        try db.execute(
            sql: "UPDATE measurement SET value = ?, at = ?, source = ? WHERE id = ?",
            arguments: [measurement.value, measurement.at.unixSeconds, measurement.source.rawValue, id])
    }

    /// Writes every field of a vaccination over the stored one.
    public func updateVaccination(_ id: Int64, _ vaccination: Vaccination) throws {
        let diseases = try WriterChecks.diseasesJSON(vaccination)
        try db.execute(
            sql: """
                UPDATE vaccination SET administeredAt = ?, vaccine = ?, diseases = ?, kind = ?,
                    lotNumber = ?, vaccinator = ?, vaccinatorRpps = ?, requirement = ?, enteredBy = ?
                WHERE id = ?
                """,
            arguments: [
                vaccination.date.unixSeconds, vaccination.vaccine, diseases, vaccination.kind.rawValue,
                vaccination.lotNumber, vaccination.vaccinator, vaccination.vaccinatorRpps,
                vaccination.requirement.rawValue, vaccination.enteredBy.rawValue, id,
            ])
    }

    /// Writes a document's header (category, title, date of the act, masking) over the stored
    /// one; its content changes through `addVersion`.
    public func updateDocumentHeader(_ id: Int64, _ document: NewDocument) throws {
        try db.execute(
            sql:
                "UPDATE document SET category = ?, title = ?, actDate = ?, masked = ?, authorName = ? WHERE id = ?",
            arguments: [
                document.category.code, document.title, document.date.unixSeconds, document.masked,
                document.authorName, id,
            ])
        try db.execute(
            sql: "UPDATE documentSearch SET title = ? WHERE rowid = ?", arguments: [document.title, id])
    }
}

extension SQLiteTransaction {
    public func establishmentExists(_ finess: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM establishment WHERE finess = ?", arguments: [finess])
            == true
    }

    /// The document an earlier import made from this source, if it is still in the record.
    public func importedDocument(patient: Int64, source: String) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: """
                SELECT d.id FROM importSource s JOIN document d ON d.id = s.itemId AND d.patientId = s.patientId
                WHERE s.patientId = ? AND s.sourceKey = ? AND s.kind = 'document'
                """,
            arguments: [patient, source])
    }
}

extension SQLiteTransaction {
    public func professionalName(_ rpps: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM professional WHERE rpps = ?", arguments: [rpps])
    }
}

extension SQLiteTransaction {
    public func establishmentName(_ finess: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM establishment WHERE finess = ?", arguments: [finess])
    }
}

extension SQLiteTransaction {
    /// Whether the patient's profile holds a blood group (it holds one at most).
    public func hasBloodGroup(patient: Int64) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM profileEntry WHERE patientId = ? AND section = 'bloodGroup')",
            arguments: [patient]) ?? false
    }
}

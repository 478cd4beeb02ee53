import Foundation
import GRDB

/// One version of a document as the export writes it: the document's header and this
/// version's author, time and content.
struct ExportedVersion {
    var document: DocumentSummary
    var version: Int
    var versionCount: Int
    var author: Author
    var created: Date
    var mediaType: MediaType
    var content: Data
}

/// A reading with who took it (the listing does not say).
struct ExportedReading {
    var measurement: Measurement
    var source: MeasurementSource
}

/// What the export reads, in one read transaction so that the file is one moment of the
/// record; each part is streamed row by row.
struct ExportReader {
    let db: Database

    func professionals() throws -> [Professional] {
        try Row.fetchAll(db, sql: "SELECT * FROM professional ORDER BY rpps").map { row in
            Professional(
                rpps: row["rpps"], name: row["name"],
                profession: Profession(rawValue: row["profession"]) ?? .other,
                specialty: row["specialty"], samuRegulation: row["samuRegulation"])
        }
    }

    func establishments() throws -> [Establishment] {
        try Row.fetchAll(db, sql: "SELECT * FROM establishment ORDER BY finess").map { row in
            Establishment(
                finess: row["finess"], name: row["name"],
                kind: EstablishmentKind(rawValue: row["kind"]) ?? .other)
        }
    }

    /// Which establishments each professional works for, by RPPS.
    func affiliations() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rpps, finess FROM affiliation ORDER BY rpps, finess") {
            result[row["rpps"], default: []].append(row["finess"])
        }
        return result
    }

    func settings(of patient: Int64) throws -> RecordSettings {
        let row = try Row.fetchOne(
            db, sql: "SELECT * FROM recordSettings WHERE patientId = ?", arguments: [patient])
        return RecordSettings(
            treatingDoctorRpps: row?["treatingDoctorRpps"], samuEmergency: row?["samuEmergency"] ?? true,
            anyEmergency: row?["anyEmergency"] ?? true, maskedEmergency: row?["maskedEmergency"] ?? false,
            closed: (row?["closedAt"] as Int64?) != nil)
    }

    /// Consents by actor (RPPS or FINESS), in the order they were given.
    func consents(of patient: Int64) throws -> [(
        actor: String, isProfessional: Bool, status: ConsentStatus, at: Date
    )] {
        try Row.fetchAll(
            db, sql: "SELECT rpps, finess, status, changedAt FROM consent WHERE patientId = ? ORDER BY id",
            arguments: [patient]
        ).map { row in
            let rpps: String? = row["rpps"]
            return (
                rpps ?? row["finess"], rpps != nil, ConsentStatus(rawValue: row["status"]) ?? .none,
                Date(unixSeconds: row["changedAt"])
            )
        }
    }

    func vaccinations(of patient: Int64) throws -> [Vaccination] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM vaccination WHERE patientId = ? ORDER BY id", arguments: [patient]
        )
        .map(Store.vaccination)
    }

    func profile(of patient: Int64) throws -> [ProfileEntry] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM profileEntry WHERE patientId = ? ORDER BY id", arguments: [patient]
        )
        .map(Store.profileEntry)
    }

    func counts(of patient: Int64) throws -> (versions: Int, readings: Int, events: Int) {
        let versions =
            try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM documentVersion v JOIN document d ON d.id = v.documentId WHERE d.patientId = ?",
                arguments: [patient]) ?? 0
        let readings =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM measurement WHERE patientId = ?", arguments: [patient]) ?? 0
        let events =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM accessEvent WHERE patientId = ?", arguments: [patient]) ?? 0
        return (versions, readings, events)
    }

    /// Every version of every document, oldest document first, each document's versions in order.
    func forEachVersion(of patient: Int64, _ body: (ExportedVersion) throws -> Void) throws {
        let documents = try Row.fetchCursor(
            db, sql: Store.documentSelect + " WHERE d.patientId = ? ORDER BY d.id", arguments: [patient])
        while let row = try documents.next() {
            let document = Store.documentSummary(row)
            let versions = try Row.fetchCursor(
                db,
                sql: """
                    SELECT version, authorKind, authorRpps, authorFiness, createdAt, mediaType, content
                    FROM documentVersion WHERE documentId = ? ORDER BY version
                    """,
                arguments: [document.id])
            while let version = try versions.next() {
                try body(
                    ExportedVersion(
                        document: document, version: version["version"], versionCount: document.versionCount,
                        author: Store.author(version), created: Date(unixSeconds: version["createdAt"]),
                        mediaType: MediaType(rawValue: version["mediaType"]) ?? .text,
                        content: version["content"]))
            }
        }
    }

    /// Every reading, oldest first; a blood pressure's systolic reading comes just before
    /// its diastolic one (same time, codes in descending order).
    func forEachReading(of patient: Int64, _ body: (ExportedReading) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT id, code, value, at, source FROM measurement WHERE patientId = ? ORDER BY at, code DESC, id",
            arguments: [patient])
        while let row = try rows.next() {
            guard let type = MeasurementType(rawValue: row["code"]) else { continue }
            try body(
                ExportedReading(
                    measurement: Measurement(
                        id: row["id"], type: type, value: row["value"], at: Date(unixSeconds: row["at"])),
                    source: MeasurementSource(rawValue: row["source"]) ?? .patient))
        }
    }

    /// The access history, oldest first.
    func forEachEvent(of patient: Int64, _ body: (AccessEvent) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, at, actorType, actorId, actorName, action, target, outcome, emergency, reason
                FROM accessEvent WHERE patientId = ? ORDER BY at, id
                """,
            arguments: [patient])
        while let row = try rows.next() {
            try body(
                AccessEvent(
                    id: row[0], at: Date(unixSeconds: row[1]),
                    actorType: ActorType(rawValue: row[2]) ?? .system,
                    actorId: row[3], actorName: row[4], action: AccessAction(rawValue: row[5]) ?? .read,
                    target: row[6], outcome: AccessOutcome(rawValue: row[7]) ?? .done, emergency: row[8],
                    reason: row[9]))
        }
    }
}

extension Store {
    /// Runs `body` with an export reader over one read transaction.
    func readForExport<T>(_ body: (ExportReader) throws -> T) throws -> T {
        try read { db in try body(ExportReader(db: db)) }
    }

    /// The record's export identity, made once and kept.
    func exportIdentity() throws -> String {
        if let id = try metadata("exportId") { return id }
        let id = UUID().uuidString.lowercased()
        try write { writer in try writer.setMetadata("exportId", id) }
        return id
    }
}

import Foundation
import GRDB

/// What the export reads, in one read transaction so that the file is one moment of the
/// record; each part is streamed row by row.
extension SQLiteTransaction {
    public func professionals() throws -> [Professional] {
        try Row.fetchAll(db, sql: "SELECT * FROM professional ORDER BY rpps").map(Self.professional)
    }

    public func establishments() throws -> [Establishment] {
        try Row.fetchAll(db, sql: "SELECT * FROM establishment ORDER BY finess").map { row in
            Establishment(
                finess: row["finess"], name: row["name"],
                kind: EstablishmentKind(rawValue: row["kind"]) ?? .other)
        }
    }

    /// Which establishments each professional works for, by RPPS.
    public func affiliations() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rpps, finess FROM affiliation ORDER BY rpps, finess") {
            result[row["rpps"], default: []].append(row["finess"])
        }
        return result
    }

    /// Consents by actor (RPPS or FINESS), in the order they were given.
    public func consents(of patient: Int64) throws -> [RecordConsent] {
        try Row.fetchAll(
            db, sql: "SELECT rpps, finess, status, changedAt FROM consent WHERE patientId = ? ORDER BY id",
            arguments: [patient]
        ).map { row in
            let rpps: String? = row["rpps"]
            return RecordConsent(
                actor: rpps ?? row["finess"], isProfessional: rpps != nil,
                status: ConsentStatus(rawValue: row["status"]) ?? .none, at: Date(unixSeconds: row["changedAt"]))
        }
    }

    public func vaccinations(of patient: Int64) throws -> [Vaccination] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM vaccination WHERE patientId = ? ORDER BY id", arguments: [patient]
        )
        .map(SQLiteStore.vaccination)
    }

    public func profile(of patient: Int64) throws -> [ProfileEntry] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM profileEntry WHERE patientId = ? ORDER BY id", arguments: [patient]
        )
        .map(SQLiteStore.profileEntry)
    }

    public func exportCounts(of patient: Int64) throws -> ExportCounts {
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
        return ExportCounts(versions: versions, readings: readings, events: events)
    }

    /// Every version of every document, oldest document first, each document's versions in order.
    public func forEachVersion(of patient: Int64, _ body: (ExportedVersion) throws -> Void) throws {
        let documents = try Row.fetchCursor(
            db, sql: SQLiteStore.documentSelect + " WHERE d.patientId = ? ORDER BY d.id", arguments: [patient])
        while let row = try documents.next() {
            let document = SQLiteStore.documentSummary(row)
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
                        author: SQLiteStore.author(version), created: Date(unixSeconds: version["createdAt"]),
                        mediaType: MediaType(rawValue: version["mediaType"]) ?? .text,
                        content: version["content"]))
            }
        }
    }

    /// Every reading, oldest first; a blood pressure's systolic reading comes just before
    /// its diastolic one (same time, codes in descending order).
    public func forEachReading(of patient: Int64, _ body: (ExportedReading) throws -> Void) throws {
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
    public func forEachEvent(of patient: Int64, _ body: (AccessEvent) throws -> Void) throws {
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

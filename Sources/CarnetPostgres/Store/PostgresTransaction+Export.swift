import CarnetCore
import Foundation
import PostgresNIO

/// What the export reads, in one read transaction so that the file is one moment of the
/// record; the long parts stream through cursors (see `SQLiteStore+Export`).
extension PostgresTransaction {
    public func professionals() throws -> [Professional] {
        try session.rows(#"SELECT * FROM professional ORDER BY rpps COLLATE "C""#).map(
            PostgresStore.professional)
    }

    public func establishments() throws -> [Establishment] {
        try session.rows(#"SELECT * FROM establishment ORDER BY finess COLLATE "C""#)
            .map(PostgresStore.establishment)
    }

    public func affiliations() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for row in try session.rows(
            #"SELECT rpps, finess FROM affiliation ORDER BY rpps COLLATE "C", finess COLLATE "C""#)
        {
            result[try row["rpps"], default: []].append(try row["finess"])
        }
        return result
    }

    public func consents(of patient: Int64) throws -> [RecordConsent] {
        try session.rows(
            "SELECT rpps, finess, status, changedAt FROM consent WHERE patientId = \(patient) ORDER BY id"
        ).map { row in
            let rpps: String? = try row["rpps"]
            return RecordConsent(
                actor: try rpps ?? row["finess"], isProfessional: rpps != nil,
                status: ConsentStatus(rawValue: try row["status"]) ?? .none, at: try row.date("changedAt"))
        }
    }

    public func vaccinations(of patient: Int64) throws -> [Vaccination] {
        try session.rows("SELECT * FROM vaccination WHERE patientId = \(patient) ORDER BY id")
            .map(PostgresStore.vaccination)
    }

    public func profile(of patient: Int64) throws -> [ProfileEntry] {
        try session.rows("SELECT * FROM profileEntry WHERE patientId = \(patient) ORDER BY id")
            .map(PostgresStore.profileEntry)
    }

    /// The readings and events from the kept counts (the triggers keep them for every
    /// writer), not a count of a whole history.
    public func exportCounts(of patient: Int64) throws -> ExportCounts {
        let versions = try session.value(
            """
            SELECT count(*) FROM documentVersion v JOIN document d ON d.id = v.documentId
            WHERE d.patientId = \(patient)
            """, as: Int64.self)
        let readings = try session.value(
            "SELECT coalesce(sum(readings), 0)::bigint FROM measurementCount WHERE patientId = \(patient)",
            as: Int64.self)
        let events = try session.value(
            "SELECT coalesce(sum(events), 0)::bigint FROM accessEventDay WHERE patientId = \(patient)",
            as: Int64.self)
        return ExportCounts(
            versions: Int(versions ?? 0), readings: Int(readings ?? 0), events: Int(events ?? 0))
    }

    public func forEachVersion(of patient: Int64, _ body: (ExportedVersion) throws -> Void) throws {
        try forEachRow(
            "\(unescaped: PostgresStore.documentSelect) WHERE d.patientId = \(patient) ORDER BY d.id",
            batch: 200
        ) { row in
            let document = try PostgresStore.documentSummary(row)
            try forEachRow(
                """
                SELECT version, authorKind, authorRpps, authorFiness, createdAt, mediaType, content
                FROM documentVersion WHERE documentId = \(document.id) ORDER BY version
                """, batch: 20
            ) { version in
                try body(
                    ExportedVersion(
                        document: document, version: Int(try version["version"] as Int64),
                        versionCount: document.versionCount, author: try PostgresStore.author(version),
                        created: try version.date("createdAt"),
                        mediaType: MediaType(rawValue: try version["mediaType"]) ?? .text,
                        content: try version["content"]))
            }
        }
    }

    /// Every reading, oldest first; a blood pressure's systolic reading just before its
    /// diastolic one (same time, codes in descending order).
    public func forEachReading(of patient: Int64, _ body: (ExportedReading) throws -> Void) throws {
        try forEachRow(
            """
            SELECT id, code, value, at, source FROM measurement WHERE patientId = \(patient)
            ORDER BY at, code COLLATE "C" DESC, id
            """
        ) { row in
            guard let type = MeasurementType(rawValue: try row["code"]) else { return }
            try body(
                ExportedReading(
                    measurement: Measurement(
                        id: try row["id"], type: type, value: try row["value"], at: try row.date("at")),
                    source: MeasurementSource(rawValue: try row["source"]) ?? .patient))
        }
    }

    public func forEachEvent(of patient: Int64, _ body: (AccessEvent) throws -> Void) throws {
        try forEachRow(
            """
            SELECT id, at, actorType, actorId, actorName, action, target, outcome, emergency, reason
            FROM accessEvent WHERE patientId = \(patient) ORDER BY at, id
            """
        ) { row in
            try body(
                AccessEvent(
                    id: try row["id"], at: try row.date("at"),
                    actorType: ActorType(rawValue: try row["actorType"]) ?? .system,
                    actorId: try row["actorId"], actorName: try row["actorName"],
                    action: AccessAction(rawValue: try row["action"]) ?? .read,
                    target: try row["target"], outcome: AccessOutcome(rawValue: try row["outcome"]) ?? .done,
                    emergency: try row.flag("emergency"), reason: try row["reason"]))
        }
    }
}

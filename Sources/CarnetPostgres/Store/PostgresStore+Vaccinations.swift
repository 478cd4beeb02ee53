import CarnetCore
import Foundation
import PostgresNIO

/// The vaccination card, as `SQLiteStore+Vaccinations` reads it: keyset pages of
/// `vaccination_by_date`, a disease being one element of the line's JSON list.
extension PostgresStore: VaccinationQueries {
    public func vaccinations(
        of patient: Int64, disease: String?, page: PageRequest, limit: Int
    ) throws -> [Vaccination] {
        try reading { session in
            try Self.vaccinationList(patient, disease).fetch(session, page, limit: limit).map(
                Self.vaccination)
        }
    }

    public func vaccinationCount(of patient: Int64, disease: String?) throws -> Int {
        try reading { session in try Self.vaccinationList(patient, disease).count(session) }
    }

    public func vaccinationPosition(of key: PageKey, patient: Int64, disease: String?) throws -> Int {
        try reading { session in try Self.vaccinationList(patient, disease).position(of: key, session) }
    }

    /// Every disease the card names, alphabetically with ASCII case aside (SQLite's NOCASE).
    public func vaccinationDiseases(of patient: Int64) throws -> [String] {
        try reading { session in
            try session.rows(
                """
                SELECT disease FROM (
                    SELECT DISTINCT disease FROM vaccination v,
                        jsonb_array_elements_text(v.diseases::jsonb) AS disease
                    WHERE v.patientId = \(patient)
                ) named
                ORDER BY lower(disease COLLATE "C"), disease COLLATE "C"
                """
            ).map { row in try row["disease"] as String }
        }
    }

    /// The whole card, oldest first (tens of lines).
    public func vaccinationCard(of patient: Int64) throws -> [Vaccination] {
        try reading { session in
            try session.rows(
                "SELECT * FROM vaccination WHERE patientId = \(patient) ORDER BY administeredAt, id"
            ).map(Self.vaccination)
        }
    }

    static func vaccinationList(_ patient: Int64, _ disease: String?) -> PostgresKeyset {
        var statement = PostgresStatement()
        var filter = "patientId = \(statement.bind(patient))"
        if let disease {
            filter +=
                " AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(diseases::jsonb) AS named (disease)"
                + " WHERE disease = \(statement.bind(disease)))"
        }
        statement.sql = filter
        return PostgresKeyset(
            select: "SELECT * FROM vaccination", table: "vaccination", filter: statement,
            time: "administeredAt", id: "id")
    }
}

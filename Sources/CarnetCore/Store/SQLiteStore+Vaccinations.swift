import Foundation
import GRDB

extension SQLiteStore {
    /// A page of the vaccination card, newest first; with `disease`, only the lines that
    /// protect against it.
    public func vaccinations(
        of patient: Int64, disease: String? = nil, page: PageRequest = .first, limit: Int
    ) throws -> [Vaccination] {
        try reading { db in
            try Self.vaccinationQuery(patient, disease).fetch(db, page, limit: limit).map(Self.vaccination)
        }
    }

    /// How many lines the card holds (that protect against `disease`, when given).
    public func vaccinationCount(of patient: Int64, disease: String? = nil) throws -> Int {
        guard disease != nil else { return try count("vaccination", patient: patient) }
        let query = Self.vaccinationQuery(patient, disease)
        return try reading { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM vaccination WHERE \(query.filter)", arguments: query.arguments)
                ?? 0
        }
    }

    /// Every disease the card protects against, alphabetically: the disease filter's choices.
    public func vaccinationDiseases(of patient: Int64) throws -> [String] {
        try reading { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT d.value FROM vaccination v, json_each(v.diseases) d
                    WHERE v.patientId = ? ORDER BY d.value COLLATE NOCASE
                    """, arguments: [patient])
        }
    }

    /// The whole card, oldest first: what the calendar's rules are checked against (a card
    /// holds tens of lines, not thousands).
    public func vaccinationCard(of patient: Int64) throws -> [Vaccination] {
        try reading { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM vaccination WHERE patientId = ? ORDER BY administeredAt, id",
                arguments: [patient]
            ).map(Self.vaccination)
        }
    }

    static func vaccinationQuery(_ patient: Int64, _ disease: String?) -> KeysetQuery {
        var filter = "patientId = ?"
        var arguments: StatementArguments = [patient]
        if let disease {
            filter += " AND EXISTS (SELECT 1 FROM json_each(diseases) WHERE value = ?)"
            arguments += [disease]
        }
        return KeysetQuery(
            select: "SELECT * FROM vaccination", filter: filter, arguments: arguments, time: "administeredAt",
            id: "id")
    }

    static func vaccination(_ row: Row) -> Vaccination {
        let diseasesJSON: String = row["diseases"]
        let diseases = (try? JSONDecoder().decode([String].self, from: Data(diseasesJSON.utf8))) ?? []
        return Vaccination(
            id: row["id"], date: Date(unixSeconds: row["administeredAt"]), vaccine: row["vaccine"],
            diseases: diseases, kind: Vaccination.Kind(rawValue: row["kind"]) ?? .primary,
            lotNumber: row["lotNumber"], vaccinator: row["vaccinator"],
            vaccinatorRpps: row["vaccinatorRpps"],
            requirement: Vaccination.Requirement(rawValue: row["requirement"]) ?? .recommended,
            enteredBy: Vaccination.EnteredBy(rawValue: row["enteredBy"]) ?? .patient)
    }
}

import Foundation
import GRDB

extension Store {
    /// A page of the vaccination card, newest first, strictly after `key`.
    public func vaccinations(
        of patient: Int64, after key: (date: Date, id: Int64)? = nil, limit: Int
    ) throws -> [Vaccination] {
        try read { db in
            var sql = "SELECT * FROM vaccination WHERE patientId = ?"
            var arguments: StatementArguments = [patient]
            if let key {
                sql += " AND (administeredAt < ? OR (administeredAt = ? AND id < ?))"
                arguments += [key.date.unixSeconds, key.date.unixSeconds, key.id]
            }
            sql += " ORDER BY administeredAt DESC, id DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.vaccination)
        }
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

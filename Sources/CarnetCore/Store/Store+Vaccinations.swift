import Foundation
import GRDB

extension Store {
    /// A page of the vaccination card, newest first.
    public func vaccinations(
        of patient: Int64, page: PageRequest = .first, limit: Int
    ) throws -> [Vaccination] {
        try read { db in
            try KeysetQuery(
                select: "SELECT * FROM vaccination", filter: "patientId = ?", arguments: [patient],
                time: "administeredAt", id: "id"
            ).fetch(db, page, limit: limit).map(Self.vaccination)
        }
    }

    /// How many vaccinations the card holds.
    public func vaccinationCount(of patient: Int64) throws -> Int {
        try count("vaccination", patient: patient)
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

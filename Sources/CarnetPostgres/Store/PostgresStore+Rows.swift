import CarnetCore
import Foundation
import PostgresNIO

/// The record's rows as values, read by column name as `SQLiteStore`'s mappings read them;
/// the store's queries and the transaction's reads share them. Text is ordered
/// `COLLATE "C"` where SQLite orders it: by code point, as SQLite's BINARY compares UTF-8,
/// whatever the database's own collation.
extension PostgresStore {
    static func patient(_ row: RecordRow) throws -> Patient {
        Patient(
            id: try row["id"], name: try row["name"], birthDate: try row["birthDate"], ins: try row["ins"],
            createdAt: try row.date("createdAt"),
            relation: RecordRelation(rawValue: try row["relation"]) ?? .other,
            sex: (try row["sex"] as String?).flatMap(Sex.init(rawValue:)))
    }

    static func professional(_ row: RecordRow) throws -> Professional {
        Professional(
            rpps: try row["rpps"], name: try row["name"],
            profession: Profession(rawValue: try row["profession"]) ?? .other,
            specialty: try row["specialty"], samuRegulation: try row.flag("samuRegulation"))
    }

    static func establishment(_ row: RecordRow) throws -> Establishment {
        Establishment(
            finess: try row["finess"], name: try row["name"],
            kind: EstablishmentKind(rawValue: try row["kind"]) ?? .other)
    }

    static let documentSelect = RecordSQL.documentSelect

    static func documentSummary(_ row: RecordRow) throws -> DocumentSummary {
        DocumentSummary(
            id: try row["id"], title: try row["title"],
            category: DocumentCategory(code: try row["category"]) ?? .other, author: try author(row),
            authorName: try row["authorName"], date: try row.date("actDate"),
            deposited: try row.date("depositedAt"), masked: try row.flag("masked"),
            versionCount: Int(try row["versionCount"] as Int64))
    }

    /// The author of a document or version row (`authorKind`, `authorRpps`, `authorFiness`).
    static func author(_ row: RecordRow) throws -> Author {
        switch try row["authorKind"] as String {
        case "professional": .professional(rpps: try row["authorRpps"])
        case "establishment": .establishment(finess: try row["authorFiness"])
        default: .patient
        }
    }

    static func profileEntry(_ row: RecordRow) throws -> ProfileEntry {
        ProfileEntry(
            id: try row["id"], section: ProfileEntry.Section(rawValue: try row["section"]) ?? .illness,
            label: try row["label"], detail: try row["detail"],
            start: try row.optionalDate("startAt"), end: try row.optionalDate("endAt"),
            relative: try row["relative"],
            contactRole: (try row["contactRole"] as String?).flatMap(ProfileEntry.ContactRole.init),
            phone: try row["phone"])
    }

    static func vaccination(_ row: RecordRow) throws -> Vaccination {
        let diseasesJSON: String = try row["diseases"]
        let diseases = (try? JSONDecoder().decode([String].self, from: Data(diseasesJSON.utf8))) ?? []
        return Vaccination(
            id: try row["id"], date: try row.date("administeredAt"), vaccine: try row["vaccine"],
            diseases: diseases, kind: Vaccination.Kind(rawValue: try row["kind"]) ?? .primary,
            lotNumber: try row["lotNumber"], vaccinator: try row["vaccinator"],
            vaccinatorRpps: try row["vaccinatorRpps"],
            requirement: Vaccination.Requirement(rawValue: try row["requirement"]) ?? .recommended,
            enteredBy: Vaccination.EnteredBy(rawValue: try row["enteredBy"]) ?? .patient)
    }

    /// The professionals and establishments, the treating doctor first, then professionals
    /// before establishments, by name in SQLite's byte order.
    static func directory(of patient: Int64, _ session: PostgresSession) throws -> [DirectoryEntry] {
        try session.rows(
            """
            SELECT * FROM (
                SELECT p.rpps AS id, p.name, 'professional' AS kind, p.profession, p.specialty, c.status,
                    coalesce(s.treatingDoctorRpps = p.rpps, false) AS treating
                FROM professional p
                LEFT JOIN consent c ON c.patientId = \(patient) AND c.rpps = p.rpps
                LEFT JOIN recordSettings s ON s.patientId = \(patient)
                UNION ALL
                SELECT e.finess, e.name, 'establishment', e.kind, NULL, c.status, false
                FROM establishment e
                LEFT JOIN consent c ON c.patientId = \(patient) AND c.finess = e.finess
            ) entries
            ORDER BY treating DESC, kind COLLATE "C" DESC, name COLLATE "C", id COLLATE "C"
            """
        ).map { row in
            DirectoryEntry(
                id: try row["id"], name: try row["name"],
                kind: DirectoryEntry.Kind(rawValue: try row["kind"]) ?? .professional,
                profession: try row["profession"], specialty: try row["specialty"],
                status: (try row["status"] as String?).flatMap(ConsentStatus.init) ?? .none,
                treatingDoctor: try row["treating"])
        }
    }
}

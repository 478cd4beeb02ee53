import Foundation
import GRDB

extension SQLiteStore {
    /// The medical profile, section by section in the order of `ProfileEntry.Section`.
    public func profile(of patient: Int64) throws -> [ProfileEntry] {
        try reading { db in
            let order = ProfileEntry.Section.allCases.enumerated()
                .map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }.joined(separator: " ")
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT * FROM profileEntry WHERE patientId = ? ORDER BY CASE section \(order) END, startAt, id",
                arguments: [patient]
            ).map(Self.profileEntry)
        }
    }

    /// One entry of the patient's profile, or nil when there is none of that id.
    public func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry? {
        try reading { db in try Self.profileEntry(id, of: patient, db) }
    }

    static func profileEntry(_ id: Int64, of patient: Int64, _ db: Database) throws -> ProfileEntry? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM profileEntry WHERE id = ? AND patientId = ?", arguments: [id, patient]
        ).map(profileEntry)
    }

    /// The patient's blood group entry, if one is recorded.
    static func bloodGroupEntry(of patient: Int64, _ db: Database) throws -> ProfileEntry? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM profileEntry WHERE patientId = ? AND section = 'bloodGroup'",
            arguments: [patient]
        ).map(profileEntry)
    }

    static func profileEntry(_ row: Row) -> ProfileEntry {
        ProfileEntry(
            id: row["id"], section: ProfileEntry.Section(rawValue: row["section"]) ?? .illness,
            label: row["label"], detail: row["detail"],
            start: (row["startAt"] as Int64?).map(Date.init(unixSeconds:)),
            end: (row["endAt"] as Int64?).map(Date.init(unixSeconds:)),
            relative: row["relative"],
            contactRole: (row["contactRole"] as String?).flatMap(ProfileEntry.ContactRole.init),
            phone: row["phone"])
    }
}

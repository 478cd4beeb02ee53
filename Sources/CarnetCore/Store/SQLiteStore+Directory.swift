import GRDB

extension SQLiteStore {
    /// Every professional and establishment the record knows, with the patient's consent:
    /// the treating doctor first, then by name.
    public func directory(of patient: Int64) throws -> [DirectoryEntry] {
        try reading { db in try Self.directory(of: patient, db) }
    }

    static func directory(of patient: Int64, _ db: Database) throws -> [DirectoryEntry] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.rpps AS id, p.name, 'professional' AS kind, p.profession,
                    p.specialty, c.status, (s.treatingDoctorRpps IS p.rpps) AS treating
                FROM professional p
                LEFT JOIN consent c ON c.patientId = :patient AND c.rpps = p.rpps
                LEFT JOIN recordSettings s ON s.patientId = :patient
                UNION ALL
                SELECT e.finess, e.name, 'establishment', e.kind, NULL, c.status, 0
                FROM establishment e
                LEFT JOIN consent c ON c.patientId = :patient AND c.finess = e.finess
                ORDER BY treating DESC, kind DESC, name, id
                """,
            arguments: ["patient": patient])
        return rows.map { row in
            DirectoryEntry(
                id: row["id"], name: row["name"],
                kind: DirectoryEntry.Kind(rawValue: row["kind"]) ?? .professional,
                profession: row["profession"], specialty: row["specialty"],
                status: (row["status"] as String?).flatMap(ConsentStatus.init) ?? .none,
                treatingDoctor: row["treating"])
        }
    }
}

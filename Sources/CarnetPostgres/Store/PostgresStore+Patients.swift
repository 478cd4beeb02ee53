import CarnetCore
import Foundation
import PostgresNIO

/// The records a server holds and each one's settings, as `SQLiteStore+Patients` reads them.
extension PostgresStore: PatientQueries {
    public func patients() throws -> [Patient] {
        try reading { session in
            try session.rows("SELECT * FROM patient ORDER BY id").map(Self.patient)
        }
    }

    /// The patient named by their number, their INS, or their whole or first name (case and
    /// accents aside); the person's own record first when `id` is nil.
    public func patient(matching id: String?) throws -> Patient {
        try reading { session in
            guard let id else {
                let row = try session.row("SELECT * FROM patient ORDER BY relation = 'self' DESC, id LIMIT 1")
                guard let row else { throw StoreError.noPatient }
                return try Self.patient(row)
            }
            if let row = try session.row("SELECT * FROM patient WHERE id::text = \(id) OR ins = \(id)") {
                return try Self.patient(row)
            }
            // Folded in Swift, as SQLite's store does: the same names match on both stores.
            let patients = try session.rows("SELECT * FROM patient ORDER BY id").map(Self.patient)
            return try RecordName.only(id, among: patients)
        }
    }

    /// The records, the person's own first, each with its unread notifications from the kept
    /// counts.
    public func records() throws -> [ManagedRecord] {
        try reading { session in
            try session.rows(
                """
                SELECT patient.*,
                    (SELECT coalesce(sum(unread), 0)::bigint FROM notificationCount c
                     WHERE c.patientId = patient.id) AS unread
                FROM patient ORDER BY relation = 'self' DESC, id
                """
            ).map { row in
                ManagedRecord(patient: try Self.patient(row), unread: Int(try row["unread"] as Int64))
            }
        }
    }

    public func settings(of patient: Int64) throws -> RecordSettings {
        try reading { session in
            guard let settings = try Self.settings(of: patient, session) else {
                throw StoreError.unknownPatient(String(patient))
            }
            return settings
        }
    }

    /// How many items of each kind: readings, history and notifications from their kept
    /// counts, the rest (tens of rows) counted on their indexes. One statement, one moment.
    public func counts(of patient: Int64) throws -> RecordCounts {
        try reading { session in
            let row = try session.row(
                """
                SELECT (SELECT count(*) FROM document WHERE patientId = \(patient)) AS documents,
                    (SELECT count(*) FROM vaccination WHERE patientId = \(patient)) AS vaccinations,
                    (SELECT coalesce(sum(readings), 0)::bigint FROM measurementCount
                     WHERE patientId = \(patient)) AS measurements,
                    (SELECT count(*) FROM profileEntry WHERE patientId = \(patient)) AS profileEntries,
                    (SELECT coalesce(sum(events), 0)::bigint FROM accessEventDay
                     WHERE patientId = \(patient)) AS accessEvents,
                    (SELECT coalesce(sum(notices), 0)::bigint FROM notificationCount
                     WHERE patientId = \(patient)) AS notifications
                """)
            // A SELECT without FROM always gives its one row.
            func count(_ column: String) throws -> Int { Int(try row?[column] as Int64? ?? 0) }
            return RecordCounts(
                documents: try count("documents"), vaccinations: try count("vaccinations"),
                measurements: try count("measurements"), profileEntries: try count("profileEntries"),
                accessEvents: try count("accessEvents"), notifications: try count("notifications"))
        }
    }

    public func directory(of patient: Int64) throws -> [DirectoryEntry] {
        try reading { session in try Self.directory(of: patient, session) }
    }

    // MARK: - Shared with the transaction's reads

    static func settings(of patient: Int64, _ session: PostgresSession) throws -> RecordSettings? {
        try session.row("SELECT * FROM recordSettings WHERE patientId = \(patient)").map { row in
            RecordSettings(
                treatingDoctorRpps: try row["treatingDoctorRpps"],
                samuEmergency: try row.flag("samuEmergency"),
                anyEmergency: try row.flag("anyEmergency"), maskedEmergency: try row.flag("maskedEmergency"),
                closed: try row.optionalDate("closedAt") != nil)
        }
    }
}

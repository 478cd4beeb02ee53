import Foundation
import GRDB

extension SQLiteStore {
    /// Every patient of the record, in the order they were created.
    public func patients() throws -> [Patient] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patient ORDER BY id").map(Self.patient)
        }
    }

    /// The patient named by `id` (their number in this record, or their INS), or the
    /// record's only or first patient when `id` is nil.
    public func patient(matching id: String?) throws -> Patient {
        try reading { db in
            guard let id else {
                // The person's own record first; a carnet made before v11 has only that one.
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM patient ORDER BY relation = 'self' DESC, id LIMIT 1")
                guard let row else { throw StoreError.noPatient }
                return Self.patient(row)
            }
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM patient WHERE CAST(id AS TEXT) = ? OR ins = ?", arguments: [id, id])
            if let row { return Self.patient(row) }
            // A name: the whole name or the first name, case and accents aside ("lea" is Léa).
            let patients = try Row.fetchAll(db, sql: "SELECT * FROM patient ORDER BY id").map(Self.patient)
            return try RecordName.only(id, among: patients)
        }
    }

    /// The consent settings of a patient's record.
    public func settings(of patient: Int64) throws -> RecordSettings {
        try reading { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM recordSettings WHERE patientId = ?", arguments: [patient])
            else { throw StoreError.unknownPatient(String(patient)) }
            return RecordSettings(
                treatingDoctorRpps: row["treatingDoctorRpps"],
                samuEmergency: row["samuEmergency"], anyEmergency: row["anyEmergency"],
                maskedEmergency: row["maskedEmergency"], closed: row["closedAt"] != nil)
        }
    }

    /// How many of each kind of item a patient's record holds.
    public func counts(of patient: Int64) throws -> RecordCounts {
        try reading { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM \(table) WHERE patientId = ?",
                    arguments: [patient]) ?? 0
            }
            return RecordCounts(
                documents: try count("document"), vaccinations: try count("vaccination"),
                measurements: try count("measurement"), profileEntries: try count("profileEntry"),
                accessEvents: try count("accessEvent"), notifications: try count("notification"))
        }
    }

    /// Rows of a table that belong to a patient.
    func count(_ table: String, patient: Int64) throws -> Int {
        try reading { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM \(table) WHERE patientId = ?", arguments: [patient]) ?? 0
        }
    }

    static func patient(_ row: Row) -> Patient {
        Patient(
            id: row["id"], name: row["name"], birthDate: row["birthDate"], ins: row["ins"],
            createdAt: Date(unixSeconds: row["createdAt"]),
            relation: RecordRelation(rawValue: row["relation"]) ?? .other,
            sex: (row["sex"] as String?).flatMap(Sex.init(rawValue:)))
    }
}

/// Sizes of a record, for summaries.
public struct RecordCounts: Sendable, Equatable {
    public var documents: Int
    public var vaccinations: Int
    public var measurements: Int
    public var profileEntries: Int
    public var accessEvents: Int
    public var notifications: Int

    public init(
        documents: Int, vaccinations: Int, measurements: Int, profileEntries: Int, accessEvents: Int,
        notifications: Int
    ) {
        self.documents = documents
        self.vaccinations = vaccinations
        self.measurements = measurements
        self.profileEntries = profileEntries
        self.accessEvents = accessEvents
        self.notifications = notifications
    }
}

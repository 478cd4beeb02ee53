import CarnetCore
import Foundation
import PostgresNIO

/// Writes of records, professionals, establishments and consents (see `RecordWriter`). The
/// checks are `WriterChecks`, the SQLite writer's own; the schema checks again.
extension PostgresTransaction: RecordWriter {
    public func setMetadata(_ key: String, _ value: String) throws {
        try session.run(
            """
            INSERT INTO meta(key, value) VALUES (\(key), \(value))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """)
    }

    @discardableResult
    public func addPatient(_ patient: NewPatient, at now: Date) throws -> Int64 {
        let name = try WriterChecks.newPatient(
            patient, at: now,
            ownRecordExists: {
                try session.value(
                    "SELECT EXISTS (SELECT 1 FROM patient WHERE relation = 'self')", as: Bool.self)
                    == true
            },
            insHolder: { ins in
                try session.value("SELECT name FROM patient WHERE ins = \(ins)", as: String.self)
            })
        let id = try session.value(
            """
            INSERT INTO patient(name, birthDate, ins, createdAt, relation, sex)
            VALUES (\(name), \(patient.birthDate), \(patient.ins), \(now.unixSeconds),
                \(patient.relation.rawValue), \(patient.sex?.rawValue))
            RETURNING id
            """, as: Int64.self)!
        try session.run("INSERT INTO recordSettings(patientId) VALUES (\(id))")
        return id
    }

    public func renamePatient(_ patient: Int64, to newName: String) throws {
        let name = try WriterChecks.patientName(newName)
        guard try changed("UPDATE patient SET name = \(name) WHERE id = \(patient) RETURNING 1") == 1 else {
            throw StoreError.unknownPatient(String(patient))
        }
    }

    public func addProfessional(_ professional: Professional) throws {
        try session.run(
            """
            INSERT INTO professional(rpps, name, profession, specialty, samuRegulation)
            VALUES (\(professional.rpps), \(professional.name), \(professional.profession.rawValue),
                \(professional.specialty), \(Self.flag(professional.samuRegulation)))
            """)
    }

    /// Adds a professional unless their RPPS is already known (the record's own entry wins).
    public func addProfessionalIfAbsent(_ professional: Professional) throws {
        try session.run(
            """
            INSERT INTO professional(rpps, name, profession, specialty, samuRegulation)
            VALUES (\(professional.rpps), \(professional.name), \(professional.profession.rawValue),
                \(professional.specialty), \(Self.flag(professional.samuRegulation)))
            ON CONFLICT DO NOTHING
            """)
    }

    public func addAffiliation(rpps: String, finess: String) throws {
        try session.run("INSERT INTO affiliation(rpps, finess) VALUES (\(rpps), \(finess))")
    }

    public func addAffiliationIfAbsent(rpps: String, finess: String) throws {
        try session.run(
            "INSERT INTO affiliation(rpps, finess) VALUES (\(rpps), \(finess)) ON CONFLICT DO NOTHING")
    }

    public func addEstablishment(_ establishment: Establishment) throws {
        try session.run(
            """
            INSERT INTO establishment(finess, name, kind)
            VALUES (\(establishment.finess), \(establishment.name), \(establishment.kind.rawValue))
            """)
    }

    public func addEstablishmentIfAbsent(_ establishment: Establishment) throws {
        try session.run(
            """
            INSERT INTO establishment(finess, name, kind)
            VALUES (\(establishment.finess), \(establishment.name), \(establishment.kind.rawValue))
            ON CONFLICT DO NOTHING
            """)
    }

    /// Records the patient's decision about a professional (RPPS) or establishment (FINESS).
    public func setConsent(patient: Int64, actorId: String, status: ConsentStatus, at now: Date) throws {
        let column = try WriterChecks.consentActorColumn(
            actorId,
            isProfessional: { rpps in
                try session.value(
                    "SELECT EXISTS (SELECT 1 FROM professional WHERE rpps = \(rpps))", as: Bool.self)
                    == true
            },
            isEstablishment: { finess in
                try session.value(
                    "SELECT EXISTS (SELECT 1 FROM establishment WHERE finess = \(finess))", as: Bool.self)
                    == true
            })
        if status == .none {
            try session.run(
                "DELETE FROM consent WHERE patientId = \(patient) AND \(unescaped: column) = \(actorId)")
            return
        }
        try session.run(
            """
            INSERT INTO consent(patientId, \(unescaped: column), status, changedAt)
            VALUES (\(patient), \(actorId), \(status.rawValue), \(now.unixSeconds))
            ON CONFLICT (patientId, \(unescaped: column)) WHERE \(unescaped: column) IS NOT NULL
            DO UPDATE SET status = excluded.status, changedAt = excluded.changedAt
            """)
    }

    public func setTreatingDoctor(patient: Int64, rpps: String?) throws {
        try session.run("UPDATE recordSettings SET treatingDoctorRpps = \(rpps) WHERE patientId = \(patient)")
    }

    public func setEmergency(_ which: EmergencySwitch, on: Bool, patient: Int64) throws {
        let column = RecordSQL.column(of: which)
        try session.run(
            "UPDATE recordSettings SET \(unescaped: column) = \(Self.flag(on)) WHERE patientId = \(patient)")
    }

    public func setClosed(patient: Int64, at: Date?) throws {
        try session.run(
            "UPDATE recordSettings SET closedAt = \(at?.unixSeconds) WHERE patientId = \(patient)")
    }

    // MARK: - Helpers

    /// A flag as the schema keeps it: 0 or 1.
    static func flag(_ value: Bool) -> Int64 { value ? 1 : 0 }

    /// How many rows a statement ending in `RETURNING 1` changed.
    func changed(_ query: PostgresQuery) throws -> Int {
        try session.query(query).count
    }
}

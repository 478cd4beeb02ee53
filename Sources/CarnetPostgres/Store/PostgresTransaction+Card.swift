import CarnetCore
import Foundation
import PostgresNIO

/// Writes of the vaccination card, the readings and the medical profile. The readings'
/// counts and daily roll-up follow by the schema's triggers (`PostgresSchema.keptCounts`).
extension PostgresTransaction {
    @discardableResult
    public func addVaccination(_ vaccination: Vaccination, patient: Int64) throws -> Int64 {
        let diseases = try WriterChecks.diseasesJSON(vaccination)
        return try session.value(
            """
            INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, lotNumber, vaccinator,
                vaccinatorRpps, requirement, enteredBy)
            VALUES (\(patient), \(vaccination.date.unixSeconds), \(vaccination.vaccine), \(diseases),
                \(vaccination.kind.rawValue), \(vaccination.lotNumber), \(vaccination.vaccinator),
                \(vaccination.vaccinatorRpps), \(vaccination.requirement.rawValue),
                \(vaccination.enteredBy.rawValue))
            RETURNING id
            """, as: Int64.self)!
    }

    /// Writes every field of a vaccination over the stored one.
    public func updateVaccination(_ id: Int64, _ vaccination: Vaccination) throws {
        let diseases = try WriterChecks.diseasesJSON(vaccination)
        try session.run(
            """
            UPDATE vaccination SET administeredAt = \(vaccination.date.unixSeconds),
                vaccine = \(vaccination.vaccine), diseases = \(diseases), kind = \(vaccination.kind.rawValue),
                lotNumber = \(vaccination.lotNumber), vaccinator = \(vaccination.vaccinator),
                vaccinatorRpps = \(vaccination.vaccinatorRpps), requirement = \(vaccination.requirement.rawValue),
                enteredBy = \(vaccination.enteredBy.rawValue)
            WHERE id = \(id)
            """)
    }

    /// Adds a reading, already in its type's canonical unit.
    @discardableResult
    public func addMeasurement(_ measurement: NewMeasurement, patient: Int64) throws -> Int64 {
        try measurement.checkStorable()
        let type = measurement.type
        return try session.value(
            """
            INSERT INTO measurement(patientId, code, value, unit, at, source)
            VALUES (\(patient), \(type.code), \(measurement.value), \(type.unit), \(measurement.at.unixSeconds),
                \(measurement.source.rawValue))
            RETURNING id
            """, as: Int64.self)!
    }

    /// Writes a reading's new value and time over the stored one.
    public func updateMeasurement(_ id: Int64, _ measurement: NewMeasurement) throws {
        try measurement.checkValue()
        try session.run(
            """
            UPDATE measurement SET value = \(measurement.value), at = \(measurement.at.unixSeconds),
                source = \(measurement.source.rawValue)
            WHERE id = \(id)
            """)
    }

    @discardableResult
    public func addProfileEntry(_ entry: ProfileEntry, patient: Int64) throws -> Int64 {
        try session.value(
            """
            INSERT INTO profileEntry(patientId, section, label, detail, startAt, endAt, relative, contactRole,
                phone)
            VALUES (\(patient), \(entry.section.rawValue), \(entry.label), \(entry.detail),
                \(entry.start?.unixSeconds), \(entry.end?.unixSeconds), \(entry.relative),
                \(entry.contactRole?.rawValue), \(entry.phone))
            RETURNING id
            """, as: Int64.self)!
    }

    /// Writes every field of an entry over the stored one of the same id and patient.
    public func updateProfileEntry(_ entry: ProfileEntry, patient: Int64) throws {
        let updated = try changed(
            """
            UPDATE profileEntry SET section = \(entry.section.rawValue), label = \(entry.label),
                detail = \(entry.detail), startAt = \(entry.start?.unixSeconds), endAt = \(entry.end?.unixSeconds),
                relative = \(entry.relative), contactRole = \(entry.contactRole?.rawValue), phone = \(entry.phone)
            WHERE id = \(entry.id) AND patientId = \(patient)
            RETURNING 1
            """)
        guard updated == 1 else { throw StoreError.rule(.ruleNoProfileEntry, [String(entry.id)]) }
    }

    public func deleteProfileEntry(_ id: Int64, patient: Int64) throws {
        guard
            try changed("DELETE FROM profileEntry WHERE id = \(id) AND patientId = \(patient) RETURNING 1")
                == 1
        else { throw StoreError.rule(.ruleNoProfileEntry, [String(id)]) }
    }
}

import Foundation

/// The small demo record, written in one transaction.
enum DemoSmallRecord {
    /// Writes the people, consents, documents, vaccinations, measurements, profile and
    /// history; returns the patient's id.
    static func write(_ writer: any RecordWriter) throws -> Int64 {
        let patient = try writer.addPatient(DemoCast.patient, at: DemoCalendar.date("2024-11-18"))
        for professional in DemoCast.professionals { try writer.addProfessional(professional) }
        for establishment in DemoCast.establishments { try writer.addEstablishment(establishment) }
        // The cardiologist consults at the hospital.
        try writer.addAffiliation(rpps: DemoCast.cardiologist.rpps, finess: DemoCast.hospital.finess)
        try writer.setTreatingDoctor(patient: patient, rpps: DemoCast.treatingDoctor.rpps)
        for id in DemoCast.authorized {
            try writer.setConsent(
                patient: patient, actorId: id, status: .authorized, at: DemoCalendar.date("2024-11-25"))
        }
        try writer.setConsent(
            patient: patient, actorId: DemoCast.blocked.rpps, status: .blocked,
            at: DemoCalendar.date("2025-06-01"))

        var history = DemoHistory(patient: patient)
        try DemoDocuments.write(writer, patient: patient, history: &history)
        for vaccination in DemoVaccinations.card {
            try writer.addVaccination(vaccination, patient: patient)
        }
        try DemoMeasurements.write(writer, patient: patient)
        for entry in DemoProfile.entries { try writer.addProfileEntry(entry, patient: patient) }
        history.addConsultations()
        try history.write(writer)
        return patient
    }
}

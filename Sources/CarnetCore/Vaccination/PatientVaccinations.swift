import Foundation

/// The patient's own additions to their vaccination card: checked, written and appended to
/// the access history in one transaction.
public struct PatientVaccinations: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date

    public init(store: any RecordStore, patient: Patient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.patient = patient
        self.now = now
    }

    /// Adds a line "entered by the patient"; returns it as stored.
    @discardableResult
    public func add(_ entry: VaccinationEntry) throws -> Vaccination {
        let at = now()
        var vaccination = try entry.checked(birthDate: patient.birthDate, now: at, enteredBy: .patient)
        vaccination.id = try store.write { writer in
            let id = try writer.addVaccination(vaccination, patient: patient.id)
            try writer.appendEvent(
                AccessEvent(
                    at: at, actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                    action: .add, target: "vaccination \(id)", outcome: .done),
                patient: patient.id)
            return id
        }
        return vaccination
    }
}

import Foundation

/// The patient's own readings: checked, written and appended to the access history in one
/// transaction.
public struct PatientMeasurements: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date

    public init(store: any RecordStore, patient: Patient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.patient = patient
        self.now = now
    }

    /// Adds the reading (both values of a blood pressure); returns them as stored.
    @discardableResult
    public func add(_ entry: MeasurementEntry) throws -> [Measurement] {
        let at = now()
        let readings = try entry.checked(now: at)
        return try store.write { writer in
            let stored = try readings.map { reading in
                Measurement(
                    id: try writer.addMeasurement(reading, patient: patient.id), type: reading.type,
                    value: reading.value, at: reading.at)
            }
            try writer.appendEvent(
                AccessEvent(
                    at: at, actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                    action: .add, target: "measurement \(stored[0].id)", outcome: .done),
                patient: patient.id)
            return stored
        }
    }
}

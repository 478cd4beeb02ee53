import CarnetCore

extension StoreSource {
    /// The patient's vaccinations and readings, checked by the core; a refusal comes back in
    /// words and nothing is written.
    func applyAddition(_ change: RecordChange) throws -> String {
        do {
            switch change {
            case .addVaccination(let entry):
                let added = try vaccinationCard.add(entry)
                return text[.vaccinationAdded, added.vaccine, String(added.id)]
            case .addMeasurement(let entry):
                let stored = try readings.add(entry)
                let values = stored.map { format.number($0.value) }.joined(separator: "/")
                return text[
                    .measureAdded, entry.type.label(text), entry.type.withUnit(values, text),
                    format.minute(stored[0].at),
                ]
            default:
                throw ChangeRefused(text[.nothingChanged])
            }
        } catch let error as VaccinationError {
            throw ChangeRefused(error.message(text, format))
        } catch let error as MeasurementError {
            throw ChangeRefused(error.message(text, format))
        }
    }
}

import CarnetCore

/// The Measurements pane's add form: what can be checked from the form alone is checked
/// here, field by field; the record checks the rest (a date in the future, an impossible
/// value) and its refusal keeps the form open with the reason.
extension Update {
    /// The add form of the Measurements pane, on the type opened when there is one.
    static func openMeasurementForm(_ state: inout AppState) -> [Effect] {
        var form = MeasurementsPane.addForm(state.text)
        if let type = state.openedMeasurement,
            let option = form.fields[MeasurementsPane.AddField.type].options.first(where: {
                $0.value == type.code
            })
        {
            form.fields[MeasurementsPane.AddField.type].choose(option)
            form.focus = MeasurementsPane.AddField.value
        }
        state.form = form
        state.announcement = state.text[.announceFormOpened, state.text[.formAddMeasurement]]
        return []
    }

    static func acceptAddMeasurement(_ form: Form, _ state: inout AppState) -> [Effect] {
        typealias Field = MeasurementsPane.AddField
        let text = state.text
        var form = form
        form.message = nil
        let type = form.fields[Field.type].value.flatMap(MeasurementType.init(rawValue:))
        form.flag(Field.type, type == nil ? text[.formTypeMissing] : nil)
        let typedValue = form.text(Field.value)
        let unit = form.text(Field.unit)
        var entry: MeasurementEntry?
        if typedValue.isEmpty {
            form.flag(Field.value, text[.formValueMissing])
        } else if let type {
            do {
                let typed = try MeasurementEntry(
                    type: type, typed: typedValue, unit: unit.isEmpty ? nil : unit, at: nil)
                entry = typed
                // Every check but the time's, which the record makes when it writes.
                _ = try typed.checked(now: .distantFuture)
                form.flag(Field.value, nil)
            } catch MeasurementError.unknownUnit {
                form.flag(Field.value, nil)
            } catch let error as MeasurementError {
                form.flag(Field.value, error.message(text, state.format))
            } catch {
                form.flag(Field.value, text[.measureNotANumber, typedValue])
            }
        }
        if let type, !unit.isEmpty, type.converted(1, from: unit) == nil {
            form.flag(Field.unit, MeasurementError.unknownUnit(type, unit).message(text, state.format))
        } else {
            form.flag(Field.unit, nil)
        }
        let typedAt = form.text(Field.at)
        let at = typedAt.isEmpty ? nil : state.format.typedMoment(typedAt)
        form.flag(Field.at, !typedAt.isEmpty && at == nil ? text[.badTypedMoment, typedAt] : nil)
        guard form.isValid, var entry else {
            refuseForm(form, &state)
            return []
        }
        state.form = form
        entry.at = at
        return [.apply(.addMeasurement(entry))]
    }
}

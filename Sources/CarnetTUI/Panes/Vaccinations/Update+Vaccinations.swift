import CarnetCore

/// The Vaccinations pane: its add form checked field by field (the record checks the rest
/// and its refusal keeps the form open with the reason), and the disease filter's menu.
extension Update {
    static func acceptAddVaccination(_ form: Form, _ state: inout AppState) -> [Effect] {
        let (entry, form) = VaccinationForm.read(form, state.text, state.format)
        guard form.isValid else {
            refuseForm(form, &state)
            return []
        }
        state.form = form
        return [.apply(.addVaccination(entry))]
    }

    static func showDiseaseMenu(_ diseases: [String], _ state: inout AppState) {
        let text = state.text
        let options =
            [Menu.Option(text[.everyDisease], value: nil)]
            + diseases.map { Menu.Option(VaccinationsPane.disease($0, text), value: $0) }
        let focus = options.firstIndex { $0.value == state.vaccinationDisease } ?? 0
        state.menu = Menu(
            title: text[.filterDiseaseTitle], options: options, focus: focus, purpose: .vaccinationDisease)
        state.announcement = text[.filterDiseaseTitle]
    }

    /// The disease the card is filtered on, chosen in its menu.
    static func choseDisease(_ option: Menu.Option, _ state: inout AppState) -> [Effect] {
        state.vaccinationDisease = option.value
        state.announcement = VaccinationsPane.describe(option.value, state.text)
        return loadVisible(&state)
    }
}

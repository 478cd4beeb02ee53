import CarnetCore

/// Reads the add form of the Vaccinations pane back into a line of the card, with every field
/// the form alone can tell is wrong marked in words. The browser's form and linear mode's
/// questions both go through it; the record checks the rest (a date in the future or before
/// birth) when it writes.
enum VaccinationForm {
    typealias Field = VaccinationsPane.AddField

    /// The entry the form describes, and the form with its wrong fields marked; the entry is
    /// good to write when `form.isValid`.
    static func read(_ form: Form, _ text: Catalog, _ format: TextFormat) -> (entry: VaccinationEntry, form: Form) {
        var form = form
        form.message = nil
        let common = form.fields[Field.common].value.flatMap { $0.isEmpty ? nil : $0 }
        let name = common ?? form.text(Field.name)
        form.flag(Field.common, nil)
        form.flag(Field.name, name.isEmpty ? text[.vaccineEmpty] : nil)
        let diseases = form.text(Field.diseases).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        let known = CommonVaccine.named(name) != nil
        form.flag(
            Field.diseases, !name.isEmpty && !known && diseases.isEmpty ? text[.vaccineNoDisease, name] : nil)
        let typedDate = form.text(Field.date)
        let day = format.typedDay(typedDate)
        form.flag(Field.date, !typedDate.isEmpty && day == nil ? text[.badTypedDay, typedDate] : nil)
        let lot = form.text(Field.lot)
        let vaccinator = form.text(Field.vaccinator)
        let entry = VaccinationEntry(
            vaccine: name, diseases: known ? [] : diseases,
            date: day.map { $0.start.addingTimeInterval(12 * 3_600) },
            lotNumber: lot.isEmpty ? nil : lot, vaccinator: vaccinator.isEmpty ? nil : vaccinator)
        return (entry, form)
    }
}

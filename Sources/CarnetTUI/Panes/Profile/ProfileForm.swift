import CarnetCore
import Foundation

/// The small form that adds or changes a profile entry: the fields of its section, filled
/// in with the entry's values when changing one; read back into an entry with every field
/// the record's checks refuse marked in words.
enum ProfileForm {
    static func form(
        _ section: ProfileEntry.Section, editing entry: ProfileEntry?, _ text: Catalog, _ format: TextFormat
    ) -> Form {
        var form = Form(
            title: text[entry == nil ? .profileFormAdd : .profileFormChange, section.label(text)],
            fields: section.fields.map { field($0, section, entry, text, format) },
            purpose: .profileEntry(section: section, editing: entry))
        if entry != nil { form.keysLine = text[.profileFormChangeKeys] }
        return form
    }

    /// The entry the form describes (its id is the edited entry's), and the form with its
    /// wrong fields marked; the entry is good to write when `form.isValid`. Dates beyond
    /// today or before birth are left to the record, which knows the day and the patient.
    static func read(
        _ form: Form, _ section: ProfileEntry.Section, editing original: ProfileEntry?, _ text: Catalog,
        _ format: TextFormat
    ) -> (entry: ProfileEntry, form: Form) {
        var form = form
        form.message = nil
        var entry = ProfileEntry(id: original?.id ?? 0, section: section, label: "")
        for (index, field) in section.fields.enumerated() {
            form.flag(index, nil)
            let typed = form.text(index)
            let value = form.fields[index].isChoice ? form.fields[index].value : (typed.isEmpty ? nil : typed)
            switch field {
            case .label: entry.label = value ?? ""
            case .detail: entry.detail = value
            case .relative: entry.relative = value
            case .contactRole: entry.contactRole = value.flatMap(ProfileEntry.ContactRole.init)
            case .phone: entry.phone = value
            case .start, .end:
                guard let value else { continue }
                guard let day = format.typedDay(value) else {
                    form.flag(index, text[.badTypedDay, value])
                    continue
                }
                let kept = field == .start ? original?.start : original?.end
                // The same day as before keeps its time, so that an unchanged form is unchanged.
                let date = kept.map(day.contains) == true ? kept : day.start.addingTimeInterval(12 * 3_600)
                if field == .start { entry.start = date } else { entry.end = date }
            }
        }
        for problem in entry.problems() {
            guard let field = problem.field, let index = section.fields.firstIndex(of: field),
                form.fields[index].error == nil
            else { continue }
            form.flag(index, problem.message(text, format))
        }
        return (entry.normalized(), form)
    }

    private static func field(
        _ field: ProfileField, _ section: ProfileEntry.Section, _ entry: ProfileEntry?, _ text: Catalog,
        _ format: TextFormat
    ) -> Form.Field {
        let label = section.name(of: field, text)
        switch field {
        case .label where section == .bloodGroup:
            let options = ProfileEntry.bloodGroups.map { Menu.Option($0, value: $0) }
            return chosen(Form.Field(label: label, options: options), entry?.label)
        case .label:
            return Form.Field(label: label, text: entry?.label ?? "")
        case .detail:
            return Form.Field(label: label, text: entry?.detail ?? "")
        case .start:
            return Form.Field(
                label: label, text: entry?.start.map(format.day) ?? "",
                placeholder: text[.profileDatePlaceholder])
        case .end:
            return Form.Field(
                label: label, text: entry?.end.map(format.day) ?? "",
                placeholder: text[.profileEndPlaceholder])
        case .relative:
            let options = ProfileEntry.Relative.allCases.map {
                Menu.Option(capitalised($0.label(text)), value: $0.rawValue)
            }
            var relative = chosen(Form.Field(label: label, options: options), entry?.relative)
            // A relative carnet does not know, kept from an import, shows as written.
            if let typed = entry?.relative, relative.value == nil {
                relative.text = typed
                relative.value = typed
            }
            return relative
        case .contactRole:
            let options = ProfileEntry.ContactRole.allCases.map {
                Menu.Option(capitalised($0.label(text)), value: $0.rawValue)
            }
            return chosen(Form.Field(label: label, options: options), entry?.contactRole?.rawValue)
        case .phone:
            return Form.Field(
                label: label, text: entry?.phone ?? "", placeholder: text[.profilePhonePlaceholder])
        }
    }

    /// A choice field with the option of `value` chosen, when there is one.
    private static func chosen(_ field: Form.Field, _ value: String?) -> Form.Field {
        var field = field
        if let option = field.options.first(where: { $0.value == value }) { field.choose(option) }
        return field
    }

    private static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}

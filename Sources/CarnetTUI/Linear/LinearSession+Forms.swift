import CarnetCore

/// Adding a line to the vaccination card and an entry to the medical profile in linear mode:
/// the browser's forms asked one field at a time, read back and checked by the same code, and
/// written through the same source.
extension LinearSession {
    /// `add` on the vaccination card: a common vaccine from the list (which brings its
    /// diseases) or another by name with its diseases, then the date, the lot and who gave it.
    mutating func addVaccination(in list: ListID) -> Next {
        typealias Field = VaccinationsPane.AddField
        var form = VaccinationsPane.addForm(text)
        guard askField(Field.common, of: &form) else { return .stay }
        let another = form.fields[Field.common].value?.isEmpty ?? true
        let fields = (another ? [Field.name, Field.diseases] : []) + [Field.date, Field.lot, Field.vaccinator]
        for field in fields {
            guard askField(field, of: &form) else { return .stay }
        }
        let (entry, checked) = VaccinationForm.read(form, text, format)
        guard saidNoProblem(checked) else { return .stay }
        apply(.addVaccination(entry), asking: nil)
        return .go(list)
    }

    /// `add` in the profile: the section, then its fields.
    mutating func addProfileEntry() -> Next {
        let sections = ProfileEntry.Section.allCases
        for (index, section) in sections.enumerated() { say("  \(index + 1). \(section.label(text))") }
        guard let answer = ask(text[.linearWhichSection]) else { return .stay }
        guard let number = Int(answer.trimmingCharacters(in: .whitespaces)), sections.indices.contains(number - 1)
        else {
            say(text[.nothingChanged])
            return .stay
        }
        let section = sections[number - 1]
        var form = ProfileForm.form(section, editing: nil, text, format)
        say(form.title)
        for field in form.fields.indices {
            guard askField(field, of: &form) else { return .stay }
        }
        let (entry, checked) = ProfileForm.read(form, section, editing: nil, text, format)
        guard saidNoProblem(checked) else { return .stay }
        apply(.addProfileEntry(entry), asking: nil)
        return .go(.profile)
    }

    /// Asks for one field: a choice by its number (Enter leaves it unchosen), a text as typed.
    /// False at the end of input.
    private mutating func askField(_ index: Int, of form: inout Form) -> Bool {
        let field = form.fields[index]
        guard field.isChoice else {
            let prompt = field.placeholder.map { text[.linearFieldHint, field.label, $0] } ?? text[
                .linearField, field.label]
            guard let answer = ask(prompt) else { return false }
            form.fields[index].text = answer
            return true
        }
        for (number, option) in field.options.enumerated() { say("  \(number + 1). \(option.label)") }
        while true {
            guard let answer = ask(text[.linearChoice, field.label]) else { return false }
            let typed = answer.trimmingCharacters(in: .whitespaces)
            if typed.isEmpty { return true }
            if let number = Int(typed), field.options.indices.contains(number - 1) {
                form.fields[index].choose(field.options[number - 1])
                return true
            }
            say(text[.linearNoSuchChoice, typed, String(field.options.count)])
        }
    }

    /// Says what is wrong with each field, if anything; true when nothing is.
    private mutating func saidNoProblem(_ form: Form) -> Bool {
        guard !form.isValid else { return true }
        say(text[.linearNotAdded])
        for field in form.fields {
            if let error = field.error { say("  \(field.label): \(error)") }
        }
        return false
    }
}

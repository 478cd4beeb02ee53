import CarnetCore

/// Keys in a form: typing into the focused text field, moving between fields, choosing
/// from a choice field's menu, accepting and cancelling. Checks belong to each purpose.
extension Update {
    /// Typing into the focused text field; returns whether the key was taken. Every
    /// printable key is, so that `q` or a digit types and never leaves the form.
    static func editForm(_ key: Key, _ state: inout AppState) -> Bool {
        guard var form = state.form else { return false }
        let field = form.focus
        switch key {
        case .char(let character)
        where !character.isNewline && character.asciiValue.map({ $0 >= 32 }) ?? true:
            if form.fields[field].isChoice {
                // Space opens the options, as Enter does; other characters do nothing.
                if character == " " { openChoice(&state) }
                return true
            }
            form.fields[field].text.append(character)
        case .backspace:
            guard !form.fields[field].isChoice, !form.fields[field].text.isEmpty else { return true }
            form.fields[field].text.removeLast()
        case .ctrl("u"):
            guard !form.fields[field].isChoice else { return true }
            form.fields[field].text = ""
        default:
            return false
        }
        form.fields[field].error = nil
        state.form = form
        return true
    }

    /// Moving, accepting and cancelling.
    static func moveInForm(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard let form = state.form else { return [] }
        switch action {
        case .nextField:
            focusField(form.focus + 1, &state)
        case .previousField:
            focusField(form.focus - 1, &state)
        case .submit:
            if form.focused.isChoice {
                openChoice(&state)
            } else if form.focus < form.fields.count - 1 {
                focusField(form.focus + 1, &state)
            } else {
                return accept(&state)
            }
        case .cancel:
            state.form = nil
            say(state.text[.nothingChanged], &state)
        default:
            break
        }
        return []
    }

    /// Accepts the form from any field: its purpose checks every field, and either marks
    /// the wrong ones (the focus goes to the first) or asks for the change.
    static func accept(_ state: inout AppState) -> [Effect] {
        guard let form = state.form else { return [] }
        switch form.purpose {
        case .addDocument:
            return acceptAddDocument(form, &state)
        case .addVaccination:
            return acceptAddVaccination(form, &state)
        case .addMeasurement:
            return acceptAddMeasurement(form, &state)
        case .profileEntry(let section, let editing):
            return acceptProfileEntry(form, section, editing: editing, &state)
        case .module:
            return acceptInView(form, &state)
        }
    }

    /// Moves to a field (wrapping around) and says it.
    static func focusField(_ index: Int, _ state: inout AppState) {
        guard var form = state.form, !form.fields.isEmpty else { return }
        form.focus = (index + form.fields.count) % form.fields.count
        state.form = form
        state.announcement = FormView.spoken(form, field: form.focus, state.text)
    }

    /// Opens the focused choice field's options as a menu, on the current value.
    static func openChoice(_ state: inout AppState) {
        guard let form = state.form, form.focused.isChoice else { return }
        let field = form.focused
        state.menu = Menu(
            title: field.label, options: field.options,
            focus: field.options.firstIndex { $0.value == field.value && field.value != nil } ?? 0,
            purpose: .formChoice(field: form.focus))
        state.announcement = field.label
    }

    /// A choice made in a field's menu: the field takes it and the focus moves on.
    static func choseInForm(_ option: Menu.Option, field: Int, _ state: inout AppState) {
        guard state.form?.fields.indices.contains(field) == true else { return }
        state.form?.fields[field].choose(option)
        focusField(field + 1, &state)
    }

    /// The form's checks failed: the focus goes to the first wrong field, which is said.
    static func refuseForm(_ form: Form, _ state: inout AppState) {
        var form = form
        let wrong = form.fields.firstIndex { $0.error != nil } ?? form.focus
        form.focus = wrong
        state.form = form
        let field = form.fields[wrong]
        say(state.text[.formInvalid, field.label + ": " + (field.error ?? "")], &state)
    }
}

import CarnetCore

/// The Profile pane: jumping between sections, and the patient's changes to the entries
/// (add, change, remove) through a small form or a question first.
extension Update {
    static func profile(_ action: Action, _ state: inout AppState) -> [Effect] {
        let list = state.current
        let subject = list.row(at: list.focus)?.subject
        switch action {
        case .nextSection, .previousSection:
            jumpToSection(forward: action == .nextSection, &state)
        case .addProfileEntry:
            if let section = ProfilePane.section(at: list.focus, in: list) {
                openProfileForm(section, &state)
            }
        case .editProfileEntry:
            switch subject {
            case .profileEntry(let entry)?:
                openProfileForm(entry.section, editing: entry, &state)
            case .document(let document)?:
                return openDocument(document, &state)
            default:
                // On a heading or an empty section's line, Enter adds to the section.
                if let section = ProfilePane.section(at: list.focus, in: list) {
                    openProfileForm(section, &state)
                }
            }
        case .removeProfileEntry:
            switch subject {
            case .profileEntry(let entry)?:
                state.confirmation = Confirmation(
                    question: state.text[.profileConfirmRemove, entry.section.label(state.text), entry.label],
                    change: .removeProfileEntry(entry))
                state.announcement = state.confirmation?.question ?? ""
            case .document?:
                say(state.text[.profileDocumentNotEntry], &state)
            default:
                say(state.text[.chooseProfileEntry], &state)
            }
        default:
            break
        }
        return []
    }

    /// Checks the form's fields; when they pass, asks for the entry to be written (the
    /// record checks the dates against today and the birth date, and may still refuse).
    static func acceptProfileEntry(
        _ form: Form, _ section: ProfileEntry.Section, editing: ProfileEntry?, _ state: inout AppState
    ) -> [Effect] {
        let (entry, checked) = ProfileForm.read(form, section, editing: editing, state.text, state.format)
        guard checked.isValid else {
            refuseForm(checked, &state)
            return []
        }
        if let editing, entry == editing {
            state.form = nil
            say(state.text[.nothingChanged], &state)
            return []
        }
        state.form = checked
        return [.apply(editing == nil ? .addProfileEntry(entry) : .changeProfileEntry(entry))]
    }

    /// Opens the form of a section, empty to add or filled with `entry` to change it. The
    /// record holds one blood group: adding another changes the one there is.
    private static func openProfileForm(
        _ section: ProfileEntry.Section, editing entry: ProfileEntry? = nil, _ state: inout AppState
    ) {
        var entry = entry
        if section == .bloodGroup, entry == nil, let recorded = recordedBloodGroup(state.current) {
            entry = recorded
            state.message = state.text[.profileBloodGroupEditInstead]
        }
        let form = ProfileForm.form(section, editing: entry, state.text, state.format)
        state.form = form
        state.announcement =
            state.text[entry == nil ? .announceFormOpened : .announceChangeFormOpened, form.title]
    }

    private static func recordedBloodGroup(_ list: ListState) -> ProfileEntry? {
        for index in 0..<list.total {
            if case .profileEntry(let entry)? = list.row(at: index)?.subject, entry.section == .bloodGroup {
                return entry
            }
        }
        return nil
    }

    /// Moves the focus to the next or previous section's heading, shown at the top of the
    /// list so that its entries are in view, and says the section.
    private static func jumpToSection(forward: Bool, _ state: inout AppState) {
        let list = state.current
        let headings = ProfilePane.headings(in: list)
        let target = forward ? headings.first { $0 > list.focus } : headings.last { $0 < list.focus }
        guard let target else {
            say(state.text[forward ? .lastSection : .firstSection], &state)
            return
        }
        state.current.focus = target
        state.current.top = target
        state.current.scroll(height: state.listHeight)
        state.announcement = list.row(at: target)?.spoken ?? ""
    }
}

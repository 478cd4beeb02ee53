import CarnetCore

/// What a row or a menu's choice leads to, whichever pane it is in: each case goes to the
/// pane it belongs to.
extension Update {
    /// Enter on a row that stands for something: an event opens whole; a switch or the
    /// record's state asks to be changed.
    static func open(_ subject: RowSubject, _ state: inout AppState) -> [Effect] {
        let text = state.text
        switch subject {
        case .accessEvent(let id):
            return [.loadEvent(id)]
        case .emergencySwitch(let which, let on):
            // A kiosk changes nothing: no question to ask.
            guard !state.writesAbsent else { return [] }
            let what = text[AccessManagementPane.phrase(of: which)]
            state.confirmation = Confirmation(
                question: text[on ? .confirmSwitchOff : .confirmSwitchOn, what],
                change: .emergency(which, on: !on))
        case .record(let open):
            guard !state.writesAbsent else { return [] }
            state.confirmation = Confirmation(
                question: text[open ? .confirmClose : .confirmReopen], change: open ? .close : .reopen)
        case .directory:
            return []
        case .notice(let notice):
            return goTo(notice, &state)
        case .vaccination(let vaccination):
            state.page = VaccinationsPane.page(vaccination, text, state.format)
            state.announcement = text[.announceVaccinationOpened, vaccination.vaccine]
            return []
        case .document(let document):
            return openDocument(document, &state)
        case .profileHeading, .profileEmpty, .profileEntry:
            return []
        }
        state.announcement = state.confirmation?.question ?? ""
        return []
    }

    /// A menu's choice, to the pane whose menu it was.
    static func chose(_ option: Menu.Option, for purpose: MenuPurpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .historyActor, .historyAction: choseForHistory(option, for: purpose, &state)
        case .banners: choseBanners(option, &state)
        case .vaccinationDisease: choseDisease(option, &state)
        case .documentCategory, .documentVersion, .formChoice: choseForDocuments(option, for: purpose, &state)
        case .record: choseRecord(option, &state)
        }
    }
}

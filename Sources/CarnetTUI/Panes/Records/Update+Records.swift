import CarnetCore

/// The record switcher: `p` lists the carnet's records (name, age, unread notifications);
/// choosing one opens it, and every pane starts afresh on it.
extension Update {
    static func showRecordsMenu(_ records: [ManagedRecord], _ state: inout AppState) {
        let text = state.text
        guard records.count > 1 else {
            say(text[.recordsOnlyOne, state.patientName], &state)
            return
        }
        let options = records.map { record in
            Menu.Option(RecordsWords.label(record, text), value: String(record.patient.id), shortLabel: record.patient.name)
        }
        let focus = records.firstIndex { $0.patient.name == state.patientName } ?? 0
        state.menu = Menu(title: text[.recordsMenuTitle], options: options, focus: focus, purpose: .record)
        state.announcement = text[.recordsMenuTitle]
    }

    static func choseRecord(_ option: Menu.Option, _ state: inout AppState) -> [Effect] {
        guard let id = option.value.flatMap(Int64.init) else { return [] }
        return [.openRecord(id)]
    }

    /// A fresh browser on the record: the same window, mode and language, nothing of the
    /// last record's lists, filters, dialogs or banners.
    static func recordOpened(_ patient: Patient, age: String, _ state: inout AppState) -> [Effect] {
        var fresh = AppState(
            rows: state.rows, cols: state.cols, patientName: patient.name, screenReader: state.screenReader,
            language: state.language)
        fresh.recordAge = age
        fresh.kiosk = state.kiosk
        fresh.readOnly = state.readOnly
        fresh.notifications.lastSeen = state.notifications.lastSeen
        let words = state.text[.recordsOpened, fresh.recordHeading]
        state = fresh
        say(words, &state)
        return loadVisible(&state) + [.checkNotices(after: state.notifications.lastSeen)]
    }
}

/// A record as the switcher lists it: "Léa Durand, 7 years · 1 unread".
enum RecordsWords {
    static func label(_ record: ManagedRecord, _ text: Catalog) -> String {
        var label = record.patient.heading(text)
        if record.unread > 0 {
            label += " · " + (record.unread == 1 ? text[.unreadCountOne] : text[.unreadCount, String(record.unread)])
        }
        return label
    }
}

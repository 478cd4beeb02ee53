import CarnetCore

/// "Who may access": the professionals and establishments the record knows with their
/// status, the three emergency switches and whether the record is open. Every status is
/// said in words.
enum AccessManagementPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnWho], minimum: 28, priority: 4),
            Column(text[.columnProfession], minimum: 22, priority: 2),
            Column(text[.columnStatus], minimum: 20, weight: 1, priority: 3),
        ]
    }

    /// The rows in order: the record's state, the switches, then the directory (the treating
    /// doctor first).
    static func rows(
        _ entries: [DirectoryEntry], _ settings: RecordSettings, _ text: Catalog
    ) -> [ListRow] {
        var rows: [ListRow] = []
        let open = !settings.closed
        let recordState = text[.yourRecordIs, open ? text[.recordOpen] : text[.recordClosed]]
        rows.append(
            ListRow(
                key: nil, cells: [recordState], spoken: recordState, subject: .record(open: open),
                emphasis: open ? nil : .alert))
        for which in EmergencySwitch.allCases {
            let on = isOn(which, settings)
            let line = text[
                .emergencySwitchSpoken, on ? text[.switchIsOn] : text[.switchIsOff], text[phrase(of: which)]]
            rows.append(
                ListRow(key: nil, cells: [line], spoken: line, subject: .emergencySwitch(which, on: on)))
        }
        for entry in entries {
            let status = entry.statusWords(text)
            rows.append(
                ListRow(
                    key: nil, cells: [entry.name, entry.roleWords(text), status],
                    spoken: [entry.name, entry.roleWords(text), status].joined(separator: ", "),
                    subject: .directory(entry), emphasis: entry.status == .blocked ? .high : nil))
        }
        return rows
    }

    static func isOn(_ which: EmergencySwitch, _ settings: RecordSettings) -> Bool {
        switch which {
        case .samu: settings.samuEmergency
        case .any: settings.anyEmergency
        case .masked: settings.maskedEmergency
        }
    }

    static func phrase(of which: EmergencySwitch) -> Phrase {
        switch which {
        case .samu: .switchSamu
        case .any: .switchAny
        case .masked: .switchMasked
        }
    }


    /// "Dr Morel, pharmacist": who a question is about.
    static func describe(_ entry: DirectoryEntry, _ text: Catalog) -> String {
        entry.name + ", " + entry.roleWords(text)
    }
}

extension AccessManagementPane {
    /// Who may access the record, the emergency switches and whether the record is open.
    static func list(_ text: Catalog) -> ListDescription {
        ListDescription(
            title: text[.whoMayAccessTitle, PaneID.accessHistory.title(text)], itemName: text[.itemLine],
            columns: columns(text))
    }
}

import CarnetCore

/// The Access history pane: who did what to the record, newest first. An emergency access
/// and a denied attempt say so in words, not only in colour.
enum AccessHistoryPane {
    static let columns = [
        Column("When", width: 16, priority: 3),
        Column("Who", width: 24, priority: 4),
        Column("Action", width: 10, priority: 3),
        Column("Target", width: 19, priority: 1),
        Column("Outcome", priority: 2),
    ]

    static func label(_ action: AccessAction) -> String {
        switch action {
        case .read: "read"
        case .list: "list"
        case .add: "add"
        case .modify: "modify"
        case .mask: "mask"
        case .unmask: "unmask"
        case .delete: "delete"
        case .authorize: "authorise"
        case .block: "block"
        case .unblock: "unblock"
        case .setTreatingDoctor: "set doctor"
        case .emergencySettings: "emergency"
        case .notificationSettings: "notices"
        case .close: "close"
        case .reopen: "reopen"
        case .export: "export"
        case .import: "import"
        }
    }

    static func row(_ event: AccessEvent) -> ListRow {
        var outcome = event.outcome == .denied ? "DENIED" : "done"
        if event.emergency { outcome = "EMERGENCY " + outcome }
        if let reason = event.reason { outcome += " (\(reason))" }
        return ListRow(
            key: PageKey(date: event.at, id: event.id),
            cells: [
                DisplayText.minute(event.at), event.actorName, label(event.action), event.target,
                outcome,
            ],
            spoken: [
                event.emergency ? "EMERGENCY ACCESS" : nil, event.actorName, label(event.action),
                event.target.isEmpty ? nil : event.target,
                DisplayText.longDay(event.at) + " at " + DisplayText.time(event.at),
                event.outcome == .denied ? "DENIED" : nil, event.reason,
            ].compactMap { $0 }.joined(separator: ", "),
            emphasis: event.emergency ? .alert : (event.outcome == .denied ? .high : nil))
    }
}

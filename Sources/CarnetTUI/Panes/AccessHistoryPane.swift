import CarnetCore

/// The Access history pane: who did what to the record, newest first. An emergency access
/// and a denied attempt say so in words, not only in colour.
enum AccessHistoryPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnWhen], width: 16, priority: 3),
            Column(text[.columnWho], width: 24, priority: 4),
            Column(text[.columnAction], width: 12, priority: 3),
            Column(text[.columnTarget], width: 19, priority: 1),
            Column(text[.columnOutcome], priority: 2),
        ]
    }

    static func label(_ action: AccessAction, _ text: Catalog) -> String {
        text[action.phrase]
    }

    static func row(_ event: AccessEvent, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let denied = event.outcome == .denied
        var outcome = denied ? text[.outcomeDenied] : text[.outcomeDone]
        if event.emergency { outcome = text[.emergencyOutcome, outcome] }
        if let reason = event.reason { outcome += " (\(reason))" }
        return ListRow(
            key: PageKey(date: event.at, id: event.id),
            cells: [
                format.minute(event.at), event.actorName, label(event.action, text), event.target, outcome,
            ],
            spoken: [
                event.emergency ? text[.emergencyAccess] : nil, event.actorName, label(event.action, text),
                event.target.isEmpty ? nil : event.target,
                text[.dayAtTime, format.longDay(event.at), format.time(event.at)],
                denied ? text[.outcomeDenied] : nil, event.reason,
            ].compactMap { $0 }.joined(separator: ", "),
            emphasis: event.emergency ? .alert : (denied ? .high : nil))
    }
}

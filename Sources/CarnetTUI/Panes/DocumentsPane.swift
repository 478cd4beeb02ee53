import CarnetCore

/// The Documents pane's list: newest act first.
enum DocumentsPane {
    static let columns = [
        Column("Date", width: 10, priority: 3),
        Column("Title", priority: 4),
        Column("Category", width: 14, priority: 2),
        Column("Author", width: 22, priority: 1),
        Column("Masked", width: 6, priority: 2),
    ]

    static func row(_ document: DocumentSummary) -> ListRow {
        ListRow(
            key: PageKey(date: document.date, id: document.id),
            cells: [
                DisplayText.day(document.date), document.title, document.category.label,
                document.authorName, document.masked ? "masked" : "",
            ],
            spoken: [
                document.title, document.authorName, DisplayText.longDay(document.date),
                document.category.label.lowercased(),
                document.masked ? "masked from professionals" : nil,
            ].compactMap { $0 }.joined(separator: ", "))
    }
}

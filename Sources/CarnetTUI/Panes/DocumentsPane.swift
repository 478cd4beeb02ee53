import CarnetCore

/// The Documents pane's list: newest act first.
enum DocumentsPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], width: 10, priority: 3),
            Column(text[.columnTitle], priority: 4),
            Column(text[.columnCategory], width: 14, priority: 2),
            Column(text[.columnAuthor], width: 22, priority: 1),
            Column(text[.columnMasked], width: 6, priority: 2),
        ]
    }

    static func row(_ document: DocumentSummary, _ text: Catalog, _ format: TextFormat) -> ListRow {
        ListRow(
            key: PageKey(date: document.date, id: document.id),
            cells: [
                format.day(document.date), document.title, document.category.label(text),
                document.authorName, document.masked ? text[.masked] : "",
            ],
            spoken: [
                document.title, document.authorName, format.longDay(document.date),
                document.category.label(text).lowercased(),
                document.masked ? text[.maskedSpoken] : nil,
            ].compactMap { $0 }.joined(separator: ", "))
    }
}

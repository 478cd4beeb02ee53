import CarnetCore
import Foundation

/// Documents as listings print them: a table, or JSON with the keys of the design.
enum DocumentListing {
    static func json(_ document: DocumentSummary, _ dates: ISODate) -> KeyValuePairs<String, JSONValue> {
        [
            "id": .string(String(document.id)), "title": .string(document.title),
            "category": .string(document.category.code), "author": .string(document.authorName),
            "date": .string(dates.string(document.date)),
            "deposited": .string(dates.string(document.deposited)),
            "masked": .bool(document.masked),
        ]
    }

    static func table() -> TextTable {
        let text = CommandLanguage.text
        var table = TextTable(widths: [6, 10, 11, 6, 28])
        table.row([
            text[.tableId], text[.tableDate], text[.tableCategory], text[.tableMasked], text[.tableAuthor],
            text[.tableTitle],
        ])
        return table
    }

    static func row(_ document: DocumentSummary, _ dates: ISODate) -> [String] {
        [
            String(document.id), dates.day(document.date), document.category.code,
            document.masked ? CommandLanguage.text[.yes] : "", document.authorName, document.title,
        ]
    }

    /// Prints documents already read.
    static func print(_ documents: [DocumentSummary], json: Bool) {
        let dates = ISODate()
        if json {
            var writer = JSONArrayWriter()
            for document in documents { writer.add(self.json(document, dates)) }
            writer.finish()
        } else {
            var table = table()
            for document in documents { table.row(row(document, dates)) }
            table.finish()
        }
    }
}

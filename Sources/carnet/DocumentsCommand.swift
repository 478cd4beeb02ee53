import ArgumentParser
import CarnetCore
import Foundation

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "The documents of the record.",
        subcommands: [List.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the documents, newest first.")

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let store = try record.openStore()
            let patient = try record.patient(in: store)
            let dates = ISODate()
            if listing.json {
                var json = JSONArrayWriter()
                try store.forEachDocument(of: patient.id, limit: listing.limit) { document in
                    json.add([
                        "id": .string(String(document.id)), "title": .string(document.title),
                        "category": .string(document.category.code),
                        "author": .string(document.authorName),
                        "date": .string(dates.string(document.date)),
                        "deposited": .string(dates.string(document.deposited)),
                        "masked": .bool(document.masked),
                    ])
                }
                json.finish()
                return
            }
            var table = TextTable(widths: [6, 10, 11, 6, 28])
            let text = Catalog(.fromLocale())
            table.row([
                text[.tableId], text[.tableDate], text[.tableCategory], text[.tableMasked],
                text[.tableAuthor],
                text[.tableTitle],
            ])
            try store.forEachDocument(of: patient.id, limit: listing.limit) { document in
                table.row([
                    String(document.id), dates.day(document.date), document.category.code,
                    document.masked ? text[.yes] : "", document.authorName, document.title,
                ])
            }
            table.finish()
        }
    }
}

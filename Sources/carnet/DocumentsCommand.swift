import ArgumentParser
import CarnetCore
import Foundation

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: CommandLanguage.text[.abstractDocuments],
        subcommands: [
            List.self, DocumentChange.Add.self, DocumentChange.Mask.self, DocumentChange.Unmask.self,
            DocumentChange.Delete.self,
        ], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: CommandLanguage.text[.abstractDocumentsList])

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let dates = ISODate()
            if listing.json {
                var json = JSONArrayWriter()
                try store.forEachDocument(of: patient.id, limit: listing.limit) {
                    json.add(DocumentListing.json($0, dates))
                }
                json.finish()
                return
            }
            var table = DocumentListing.table()
            try store.forEachDocument(of: patient.id, limit: listing.limit) {
                table.row(DocumentListing.row($0, dates))
            }
            table.finish()
        }
    }
}

import ArgumentParser
import CarnetCore
import Foundation

struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: CommandLanguage.text[.abstractAccess],
        subcommands: [
            List.self, AccessChange.Grant.self, AccessChange.Block.self, AccessChange.Unblock.self,
            AccessChange.SetDoctor.self, AccessChange.Emergency.self, AccessChange.Close.self,
            AccessChange.Reopen.self,
        ], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: CommandLanguage.text[.abstractAccessList])

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            var entries = try store.directory(of: patient.id)
            if let limit = listing.limit { entries = Array(entries.prefix(limit)) }
            if listing.json {
                var json = JSONArrayWriter()
                for entry in entries {
                    json.add([
                        "id": .string(entry.id), "name": .string(entry.name),
                        "kind": .string(entry.kind.rawValue), "profession": .string(entry.profession),
                        "status": .string(entry.status.rawValue),
                        "treatingDoctor": .bool(entry.treatingDoctor),
                    ])
                }
                json.finish()
                return
            }
            var table = TextTable(widths: [11, 26, 34, 10])
            let text = CommandLanguage.text
            table.row([
                text[.tableId], text[.tableName], text[.tableProfession], text[.tableStatus],
                text[.tableNote],
            ])
            for entry in entries {
                table.row([
                    entry.id, entry.name, entry.roleWords(text), entry.decisionWord(text),
                    entry.treatingDoctor ? text[.treatingDoctorNote] : "",
                ])
            }
            table.finish()
        }
    }
}

import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `carnet records`: the records this carnet holds — the person's own and those they
/// manage — each with its own documents, card, readings, consents and history.
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records", abstract: CommandLanguage.text[.abstractRecords],
        subcommands: [List.self, Add.self, Rename.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: CommandLanguage.text[.abstractRecordsList])
        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        func run() throws {
            let store = try record.openForReading()
            var records = try store.records()
            if let limit = listing.limit { records = Array(records.prefix(limit)) }
            if listing.json {
                var json = JSONArrayWriter()
                for managed in records {
                    let patient = managed.patient
                    json.add([
                        "id": .string(String(patient.id)), "name": .string(patient.name),
                        "birthDate": .string(patient.birthDate), "ins": .optional(patient.ins),
                        "relation": .string(patient.relation.rawValue), "unread": .number(Double(managed.unread)),
                    ])
                }
                json.finish()
                return
            }
            let text = CommandLanguage.text
            var table = TextTable(widths: [4, 30, 10, 10, 8])
            table.row([
                text[.tableId], text[.tableName], text[.tableAge], text[.tableRelation], text[.tableUnread],
                "INS",
            ])
            for managed in records {
                let patient = managed.patient
                table.row([
                    String(patient.id), patient.name,
                    patient.ageWords(text) ?? patient.birthDate,
                    patient.relation.words(text), String(managed.unread), patient.ins ?? "",
                ])
            }
            table.finish()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: CommandLanguage.text[.abstractRecordsAdd])
        @OptionGroup var record: RecordOptions

        @Option(help: ArgumentHelp(CommandLanguage.text[.helpRecordsName])) var name: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpRecordsBirthDate], valueName: "YYYY-MM-DD"))
        var birthDate: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpRecordsIns], valueName: "number")) var ins: String?
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpRecordsRelation], valueName: "child|other"))
        var relation: String = "child"
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpRecordsSex], valueName: "female|male")) var sex: String?

        func validate() throws {
            let text = CommandLanguage.text
            guard ["child", "other"].contains(relation) else { throw ValidationError(text[.recordsBadRelation]) }
            if let sex, Sex(rawValue: sex) == nil { throw ValidationError(text[.recordsBadSex]) }
            if let problem = RecordDays.checkBirth(birthDate, now: Date()) {
                throw ValidationError(text[.optionBirthDate, problem.message(text)])
            }
        }

        func run() throws {
            let store = try record.openForWriting()
            let person = NewPatient(
                name: name, birthDate: birthDate, ins: ins, relation: RecordRelation(rawValue: relation) ?? .child,
                sex: sex.flatMap(Sex.init(rawValue:)))
            let id = try store.write { writer in try writer.addPatient(person) }
            say(CommandLanguage.text[.recordsAdded, Sanitizer.clean(person.name), String(id)])
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename", abstract: CommandLanguage.text[.abstractRecordsRename])
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpRecordsId])) var id: Int64
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpRecordsNewName])) var name: String

        func run() throws {
            let store = try record.openForWriting()
            try store.write { writer in try writer.renamePatient(id, to: name) }
            let renamed = try store.patient(matching: String(id))
            say(CommandLanguage.text[.recordsRenamed, String(id), Sanitizer.clean(renamed.name)])
        }
    }
}

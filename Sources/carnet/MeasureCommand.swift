import ArgumentParser
import CarnetCore
import Foundation

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: CommandLanguage.text[.abstractMeasure],
        subcommands: [List.self, Add.self, Summary.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: CommandLanguage.text[.abstractMeasureList],
            discussion: CommandLanguage.text[
                .discussionMeasureList,
                MeasurementType.allCases.map { "\($0.code) (\($0.aliases.joined(separator: ", ")))" }
                    .joined(separator: "; ")])

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        @Argument(
            help: ArgumentHelp(CommandLanguage.text[.helpMeasureListCode], valueName: "code"))
        var code: String

        func validate() throws {
            guard MeasurementType(codeOrAlias: code) != nil else {
                throw ValidationError(
                    "unknown measurement type '\(code)'. Known: "
                        + MeasurementType.allCases.map { "\($0.code) (\($0.aliases[0]))" }
                        .joined(separator: ", ") + ".")
            }
        }

        func run() throws {
            let type = MeasurementType(codeOrAlias: code)!
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let dates = ISODate()
            if listing.json {
                var json = JSONArrayWriter()
                try store.forEachMeasurement(of: patient.id, type: type, limit: listing.limit) { reading in
                    json.add([
                        "id": .string(String(reading.id)), "code": .string(reading.type.code),
                        "value": .number(reading.value), "unit": .string(reading.unit),
                        "at": .string(dates.string(reading.at)),
                    ])
                }
                json.finish()
                return
            }
            var table = TextTable(widths: [8, 16, 8, 10])
            let text = CommandLanguage.text
            table.row([text[.tableId], text[.tableAt], text[.tableCode], text[.tableValue], text[.tableUnit]])
            try store.forEachMeasurement(of: patient.id, type: type, limit: listing.limit) { reading in
                table.row([
                    String(reading.id), dates.minute(reading.at), reading.type.code,
                    JSONArrayWriter.encode(.number(reading.value)), reading.unit,
                ])
            }
            table.finish()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: CommandLanguage.text[.abstractMeasureAdd],
            discussion: CommandLanguage.text[.discussionMeasureAdd])

        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpMeasureAddCode], valueName: "code"))
        var code: String
        // Taken as they come, so that a negative value reaches the check (and its message)
        // instead of being read as an option.
        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp(
                CommandLanguage.text[.helpMeasureAddValueAndUnit],
                valueName: "value [unit]"))
        var valueAndUnit: [String] = []

        var value: String { valueAndUnit.first ?? "" }
        var unit: String? { valueAndUnit.count > 1 ? valueAndUnit[1] : nil }

        func validate() throws {
            guard (1...2).contains(valueAndUnit.count) else {
                throw ValidationError(
                    "give the value, then optionally its unit: carnet measure add weight 72.5 kg")
            }
        }
        @Option(
            help: ArgumentHelp(
                CommandLanguage.text[.helpMeasureAddAt], valueName: "YYYY-MM-DD[THH:MM[:SS][±HH:MM]]"))
        var at: String?

        func run() throws {
            guard let type = MeasurementType(codeOrAlias: code) else {
                throw ValidationError(
                    "unknown measurement type '\(code)'. Known: "
                        + MeasurementType.allCases.map { "\($0.code) (\($0.aliases[0]))" }.joined(
                            separator: ", ")
                        + ".")
            }
            let language = CommandLanguage.current
            let text = Catalog(language)
            let format = TextFormat(language)
            var when = Date()
            if let at {
                guard let parsed = LogDate.parse(at, as: .start) else {
                    throw ValidationError(text[.badLogDate, "--at", at])
                }
                when = parsed
            }
            let store = try record.openForWriting()
            let patient = try record.patient(in: store)
            do {
                let entry = try MeasurementEntry(type: type, typed: value, unit: unit, at: when)
                let stored = try PatientMeasurements(store: store, patient: patient).add(entry)
                let values = stored.map { format.number($0.value) }.joined(separator: "/")
                print(text[.measureAdded, type.label(text), type.withUnit(values, text), format.minute(when)])
            } catch let error as MeasurementError {
                throw StoreError.invalid(error.message(text, format))
            }
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: CommandLanguage.text[.abstractMeasureSummary]
        )
        @OptionGroup var record: RecordOptions
        @Argument(help: ArgumentHelp(CommandLanguage.text[.helpMeasureAddCode], valueName: "code"))
        var code: String
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpMeasureSummaryDays])) var days = 30

        func run() throws {
            guard let type = MeasurementType(codeOrAlias: code) else {
                throw ValidationError(CommandLanguage.text[.optionUnknownMeasurement, code])
            }
            guard (1...36_500).contains(days) else {
                throw ValidationError(CommandLanguage.text[.optionDays])
            }
            let language = CommandLanguage.current
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            guard let summary = try store.measurementSummary(of: patient.id, type: type, days: days) else {
                print(Catalog(language)[.noneYet])
                return
            }
            print(summary.sentence(Catalog(language), TextFormat(language)))
        }
    }
}

import ArgumentParser
import CarnetCore
import Foundation

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Measurements: weight, blood pressure, glucose…",
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the readings of one type, oldest first.",
            discussion: "Types: "
                + MeasurementType.allCases.map { "\($0.code) (\($0.aliases.joined(separator: ", ")))" }
                .joined(separator: "; ") + ".")

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        @Argument(
            help: ArgumentHelp("A LOINC code or a short name such as weight or cgm.", valueName: "code"))
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
            let store = try record.openStore()
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
            let text = Catalog(.fromLocale())
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
}

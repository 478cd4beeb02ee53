import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

struct VaccinationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vaccinations", abstract: "The vaccination card and the boosters that are due.",
        subcommands: [List.self, Due.self, Add.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the card, newest first.")
        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: "Only the lines that protect against this disease (as the card names it).")
        var disease: String?

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let card = try store.vaccinations(
                of: patient.id, disease: disease, limit: listing.limit ?? Int(Int32.max))
            VaccinationListing.print(card, json: listing.json)
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say what the French vaccination calendar asks for now: due, overdue, next.")
        @OptionGroup var record: RecordOptions
        @Flag(help: "Print a JSON array of objects instead of sentences.") var json = false

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let now = Date()
            let due = VaccinationSchedule(
                birthDate: patient.birthDate, card: try store.vaccinationCard(of: patient.id)
            )
            .due(on: now)
            if json {
                let dates = ISODate()
                var writer = JSONArrayWriter()
                for item in due {
                    let (status, date): (String, Date) =
                        switch item.status {
                        case .overdue(let since): ("overdue", since)
                        case .dueThisSeason(let since): ("dueThisSeason", since)
                        case .upcoming(let on): ("upcoming", on)
                        }
                    writer.add([
                        "rule": .string(item.rule.rawValue), "status": .string(status),
                        "date": .string(dates.day(date)),
                        "age": item.age.map { .number(Double($0)) } ?? .null,
                    ])
                }
                writer.finish()
                return
            }
            let language = Language.fromLocale()
            for item in due {
                print(item.words(Catalog(language), TextFormat(language), today: now))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a line to your card, entered by you.",
            discussion: "Common vaccines fill in their diseases: "
                + CommonVaccine.list.map(\.name).joined(separator: ", ") + ".")
        @OptionGroup var record: RecordOptions
        @OptionGroup var entry: VaccinationEntryOptions

        func run() throws {
            let store = try record.openForWriting()
            let patient = try record.patient(in: store)
            let added = try VaccinationEntryOptions.checking {
                try PatientVaccinations(store: store, patient: patient).add(try entry.entry())
            }
            print(Sanitizer.clean(Catalog(.fromLocale())[.vaccinationAdded, added.vaccine, String(added.id)]))
        }
    }
}

/// What describes a vaccination on the command line, for the patient and the professional.
struct VaccinationEntryOptions: ParsableArguments {
    @Argument(help: "The vaccine's name, e.g. Revaxis or Vaxigrip Tetra.") var vaccine: String
    @Option(help: ArgumentHelp("The day it was given (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: "The lot number.") var lot: String?
    @Option(help: "Who gave it.") var vaccinator: String?
    @Option(
        help:
            "The diseases it protects against, separated by commas (needed for a vaccine carnet does not know)."
    )
    var diseases: String?
    @Option(help: "primary, booster or immunization (default: booster).") var kind: String = "booster"

    func entry() throws -> VaccinationEntry {
        guard let kind = Vaccination.Kind(rawValue: kind) else {
            throw ValidationError("--kind must be primary, booster or immunization.")
        }
        return VaccinationEntry(
            vaccine: vaccine,
            diseases: diseases.map { $0.split(separator: ",").map(String.init) } ?? [],
            date: try date.map(ActDate.parse), kind: kind, lotNumber: lot, vaccinator: vaccinator
        )
    }

    /// Runs an addition; an entry the checks refuse is a clear error, exit 1, nothing written.
    static func checking<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as VaccinationError {
            let language = Language.fromLocale()
            throw StoreError.invalid(error.message(Catalog(language), TextFormat(language)))
        }
    }
}

/// Vaccinations as listings print them.
enum VaccinationListing {
    static func print(_ card: [Vaccination], json: Bool) {
        let dates = ISODate()
        if json {
            var writer = JSONArrayWriter()
            for line in card {
                writer.add([
                    "id": .string(String(line.id)), "date": .string(dates.day(line.date)),
                    "vaccine": .string(line.vaccine), "diseases": .array(line.diseases.map(JSONValue.string)),
                    "kind": .string(line.kind.rawValue), "lotNumber": .optional(line.lotNumber),
                    "vaccinator": .optional(line.vaccinator),
                    "requirement": .string(line.requirement.rawValue),
                    "enteredBy": .string(line.enteredBy.rawValue),
                ])
            }
            writer.finish()
            return
        }
        let text = Catalog(.fromLocale())
        var table = TextTable(widths: [6, 10, 16, 10, 8])
        table.row([
            text[.tableId], text[.tableDate], text[.tableVaccine], text[.tableKind], text[.tableLot],
            text[.tableAgainst],
        ])
        for line in card {
            table.row([
                String(line.id), dates.day(line.date), line.vaccine, line.kind.rawValue, line.lotNumber ?? "",
                line.diseases.joined(separator: ", "),
            ])
        }
        table.finish()
    }
}

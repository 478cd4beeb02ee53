import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

struct VaccinationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vaccinations", abstract: CommandLanguage.text[.abstractVaccinations],
        subcommands: [List.self, Due.self, Add.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: CommandLanguage.text[.abstractVaccinationsList])
        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions
        @Option(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationsListDisease]))
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
            commandName: "due",
            abstract: CommandLanguage.text[.abstractVaccinationsDue])
        @OptionGroup var record: RecordOptions
        @Flag(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationsDueJson])) var json = false

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
                        "dose": item.dose.map { .string($0.kind.rawValue) } ?? .null,
                        "requirement": .string(item.requirement.rawValue),
                    ])
                }
                writer.finish()
                return
            }
            let language = CommandLanguage.current
            for item in due {
                print(item.words(Catalog(language), TextFormat(language), today: now))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: CommandLanguage.text[.abstractVaccinationsAdd],
            discussion: CommandLanguage.text[
                .discussionVaccinationsAdd, CommonVaccine.list.map(\.name).joined(separator: ", ")])
        @OptionGroup var record: RecordOptions
        @OptionGroup var entry: VaccinationEntryOptions

        func run() throws {
            let store = try record.openForWriting()
            let patient = try record.patient(in: store)
            let added = try VaccinationEntryOptions.checking {
                try PatientVaccinations(store: store, patient: patient).add(try entry.entry())
            }
            print(Sanitizer.clean(CommandLanguage.text[.vaccinationAdded, added.vaccine, String(added.id)]))
        }
    }
}

/// What describes a vaccination on the command line, for the patient and the professional.
struct VaccinationEntryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryVaccine])) var vaccine: String
    @Option(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryDate], valueName: "YYYY-MM-DD"))
    var date: String?
    @Option(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryLot])) var lot: String?
    @Option(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryVaccinator])) var vaccinator: String?
    @Option(
        help:
            ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryDiseases])
    )
    var diseases: String?
    @Option(help: ArgumentHelp(CommandLanguage.text[.helpVaccinationEntryKind])) var kind: String = "booster"

    func entry() throws -> VaccinationEntry {
        guard let kind = Vaccination.Kind(rawValue: kind) else {
            throw ValidationError(CommandLanguage.text[.optionKind])
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
            let language = CommandLanguage.current
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
        let text = CommandLanguage.text
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

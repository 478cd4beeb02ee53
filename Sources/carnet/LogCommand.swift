import ArgumentParser
import CarnetCore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The access history: who did what to the record, and when.",
        discussion: """
            Every event is chained to the one before it by a SHA-256 hash, so that an event
            changed or removed afterwards is found by `carnet log verify`.
            """,
        subcommands: [List.self, Verify.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the access history, newest first.")

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        @Option(
            help: ArgumentHelp(
                "Only events from this local day (YYYY-MM-DD) or ISO 8601 date-time on.", valueName: "date"))
        var since: String?

        @Option(
            help: ArgumentHelp(
                "Only events up to this local day (YYYY-MM-DD, included) or ISO 8601 date-time.",
                valueName: "date"))
        var until: String?

        @Option(
            help: ArgumentHelp(
                "Only the events of this actor: an RPPS, a FINESS or the patient's number.", valueName: "id"))
        var actor: String?

        func validate() throws {
            _ = try filter()
        }

        /// The filter the options ask for; a date that cannot be read is a usage error.
        func filter() throws -> AccessHistoryFilter {
            let text = Catalog(.fromLocale())
            func date(_ value: String?, _ option: String, _ bound: LogDate.Bound) throws -> Date? {
                guard let value else { return nil }
                guard let date = LogDate.parse(value, as: bound) else {
                    throw ValidationError(text[.badLogDate, option, value])
                }
                return date
            }
            return AccessHistoryFilter(
                since: try date(since, "--since", .start), until: try date(until, "--until", .end),
                actorId: actor)
        }

        func run() throws {
            let store = try record.openStore()
            let patient = try record.patient(in: store)
            let filter = try filter()
            let dates = ISODate()
            if listing.json {
                var json = JSONArrayWriter()
                try store.forEachAccessEvent(of: patient.id, matching: filter, limit: listing.limit) {
                    event in
                    json.add([
                        "id": .string(String(event.id)), "at": .string(dates.string(event.at)),
                        "actorId": .string(event.actorId), "actorName": .string(event.actorName),
                        "actorType": .string(event.actorType.rawValue),
                        "action": .string(event.action.rawValue), "target": .string(event.target),
                        "outcome": .string(event.outcome.rawValue), "emergency": .bool(event.emergency),
                        "hash": .optional(event.hash.map(AccessChain.hex)),
                    ])
                }
                json.finish()
                return
            }
            let text = Catalog(.fromLocale())
            var table = TextTable(widths: [8, 16, 24, 12, 19])
            table.row([
                text[.tableId], text[.tableAt], text[.tableActor], text[.tableAction], text[.tableTarget],
                text[.tableOutcome],
            ])
            try store.forEachAccessEvent(of: patient.id, matching: filter, limit: listing.limit) { event in
                table.row([
                    String(event.id), dates.minute(event.at), event.actorName, text[event.action.phrase],
                    event.target, Self.outcome(event, text),
                ])
            }
            table.finish()
        }

        /// Done or DENIED, said as an emergency when it was one, with the reason if any.
        static func outcome(_ event: AccessEvent, _ text: Catalog) -> String {
            var outcome = event.outcome == .denied ? text[.outcomeDenied] : text[.outcomeDone]
            if event.emergency { outcome = text[.emergencyOutcome, outcome] }
            if let reason = event.reason { outcome += " (\(reason))" }
            return outcome
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no event of the access history was changed or removed.",
            discussion: """
                Recomputes the hash chain from the first event to the last. Exits with 0 when
                it is intact, 1 naming the first event that does not match.
                """)

        @OptionGroup var record: RecordOptions

        func run() throws {
            let store = try record.openStore()
            let patient = try record.patient(in: store)
            let text = Catalog(.fromLocale())
            switch try store.verifyAccessChain(of: patient.id) {
            case .intact(let events):
                print(text[.chainIntact, TextFormat(text.language).count(events)])
            case .broken(let event, let problem, _):
                StandardError.write(text[.errorPrefix] + Self.message(event, problem, text) + "\n")
                throw ExitCode.failure
            }
        }

        static func message(_ event: Int64, _ problem: AccessChainProblem, _ text: Catalog) -> String {
            let id = String(event)
            return switch problem {
            case .contentChanged: text[.chainContentChanged, id]
            case .missingHash: text[.chainMissingHash, id]
            case .chainBroken(let writtenAfter?): text[.chainBroken, id, String(writtenAfter)]
            case .chainBroken(nil): text[.chainBrokenFirst, id]
            }
        }
    }
}

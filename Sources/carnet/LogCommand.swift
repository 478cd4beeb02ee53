import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The access history: who did what to the record, and when.",
        discussion: """
            Every event is chained to the one before it by a SHA-256 hash, so that an event
            changed or removed afterwards is found by `carnet log verify`. Keep the head that
            `carnet log head` prints somewhere else: `carnet log verify --head` then tells a
            history cut or rewritten since.
            """,
        subcommands: [List.self, Verify.self, Head.self], defaultSubcommand: List.self)

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
            let store = try record.openForReading()
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
                Recomputes the hash chain from the first event to the last, and checks what the
                chain alone cannot show: the head carnet remembers from last time, the
                append-only guards, the events that notifications were about. With --head,
                checks that the history extends a head you kept (`carnet log head`). Exits
                with 0 when all is well, 1 naming what does not match.
                """)

        @OptionGroup var record: RecordOptions

        @Option(
            help: ArgumentHelp(
                "A head printed by `carnet log head` earlier, e.g. \"1,040 events · 7f3a 91c2 0b44\".",
                valueName: "code"))
        var head: String?

        func validate() throws {
            if let head, KeptHead(parsing: head) == nil {
                throw ValidationError(Catalog(.fromLocale())[.headBadCode, Sanitizer.clean(head)])
            }
        }

        func run() throws {
            let store = try record.openForReading()
            let (patient, watch) = try record.watchedPatient(in: store)
            let text = Catalog(.fromLocale())
            var problems = watch.sentences(text)
            switch try store.verifyAccessChain(of: patient.id) {
            case .intact:
                break
            case .broken(let event, let problem, _):
                problems.append(Self.message(event, problem, text))
            }
            for problem in try store.historyProblems(of: patient.id) {
                switch problem {
                case .guardsMissing: break  // said by the watch
                case .notifiedEventMissing(let notification, let event):
                    problems.append(text[.notifiedEventMissing, String(notification), String(event)])
                case .emptyHistory(let documents, let notifications):
                    problems.append(text[.emptyHistory, String(documents), String(notifications)])
                }
            }
            let format = TextFormat(text.language)
            if let head, let kept = KeptHead(parsing: head) {
                switch try store.check(kept, of: patient.id) {
                case .extends(let now):
                    if problems.isEmpty { print(text[.headExtends, format.count(kept.events), format.count(now)]) }
                case .shorter(let now):
                    problems.append(text[.headShorter, format.count(kept.events), format.count(now)])
                case .rewritten(let event, _):
                    problems.append(text[.headRewritten, String(event), format.count(kept.events)])
                }
            }
            // Where the head is kept is a warning, not a problem of the history.
            let unwritable = watch.unwritableFolder.map { text[.headMemoryUnwritable, $0] }
            let tampering = problems.filter { $0 != unwritable }
            guard tampering.isEmpty else {
                for problem in problems { StandardError.write(text[.errorPrefix] + problem + "\n") }
                throw ExitCode.failure
            }
            if let unwritable { StandardError.write(text[.warningPrefix] + unwritable + "\n") }
            let events = try store.accessChainHead(of: patient.id).events
            print(text[.chainIntact, format.count(events)])
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

    struct Head: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the history's head, to keep somewhere else (paper, another machine).",
            discussion: """
                The head is the number of events and the start of the last event's hash. Later,
                `carnet log verify --head "CODE"` says whether the history still extends it: a
                history cut or rewritten before that point fails, named.
                """)

        @OptionGroup var record: RecordOptions

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let text = Catalog(.fromLocale())
            print(Self.line(try store.accessChainHead(of: patient.id), text))
        }

        /// `1,000,040 events · 7f3a 91c2 0b44`, in the reader's language.
        static func line(_ head: AccessChainHead, _ text: Catalog) -> String {
            let code = head.code
            let hash = code[code.index(after: code.firstIndex(of: "·")!)...].trimmingCharacters(in: .whitespaces)
            return text[.headLine, TextFormat(text.language).count(head.events), hash]
        }
    }
}

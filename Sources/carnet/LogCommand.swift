import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: CommandLanguage.text[.abstractLog],
        discussion: CommandLanguage.text[.discussionLog],
        subcommands: [List.self, Verify.self, Head.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: CommandLanguage.text[.abstractLogList])

        @OptionGroup var record: RecordOptions
        @OptionGroup var listing: ListingOptions

        @Option(
            help: ArgumentHelp(
                CommandLanguage.text[.helpLogListSince], valueName: "date"))
        var since: String?

        @Option(
            help: ArgumentHelp(
                CommandLanguage.text[.helpLogListUntil],
                valueName: "date"))
        var until: String?

        @Option(
            help: ArgumentHelp(
                CommandLanguage.text[.helpLogListActor], valueName: "id"))
        var actor: String?

        func validate() throws {
            _ = try filter()
        }

        /// The filter the options ask for; a date that cannot be read is a usage error.
        func filter() throws -> AccessHistoryFilter {
            let text = CommandLanguage.text
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
                        "reason": .optional(event.reason),
                        "hash": .optional(event.hash.map(AccessChain.hex)),
                    ])
                }
                json.finish()
                return
            }
            let text = CommandLanguage.text
            var table = TextTable(widths: [8, 16, 24, 12, 19])
            table.row([
                text[.tableId], text[.tableAt], text[.tableActor], text[.tableAction], text[.tableTarget],
                text[.tableOutcome],
            ])
            try store.forEachAccessEvent(of: patient.id, matching: filter, limit: listing.limit) { event in
                table.row([
                    String(event.id), dates.minute(event.at), event.actorName, text[event.action.phrase],
                    ExchangeTarget.words(event.target, text) ?? event.target, Self.outcome(event, text),
                ])
            }
            table.finish()
        }

        /// Done or DENIED, said as an emergency when it was one, with the reason if any.
        static func outcome(_ event: AccessEvent, _ text: Catalog) -> String {
            var outcome = event.outcome == .denied ? text[.outcomeDenied] : text[.outcomeDone]
            if event.emergency { outcome = text[.emergencyOutcome, outcome] }
            if let reason = event.reasonWords(text) { outcome += " (\(reason))" }
            return outcome
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: CommandLanguage.text[.abstractLogVerify],
            discussion: CommandLanguage.text[.discussionLogVerify])

        @OptionGroup var record: RecordOptions

        @Option(
            help: ArgumentHelp(
                CommandLanguage.text[.helpLogVerifyHead],
                valueName: "code"))
        var head: String?

        func validate() throws {
            if let head, KeptHead(parsing: head) == nil {
                throw ValidationError(CommandLanguage.text[.headBadCode, Sanitizer.clean(head)])
            }
        }

        func run() throws {
            let store = try record.openForReading()
            let (patient, watch) = try record.watchedPatient(in: store)
            let text = CommandLanguage.text
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
            commandName: "head",
            abstract: CommandLanguage.text[.abstractLogHead],
            discussion: CommandLanguage.text[.discussionLogHead])

        @OptionGroup var record: RecordOptions

        func run() throws {
            let store = try record.openForReading()
            let patient = try record.patient(in: store)
            let text = CommandLanguage.text
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

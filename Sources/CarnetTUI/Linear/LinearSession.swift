import CarnetCore
import Foundation

/// Linear mode: numbered menus and plain lines, a command and Enter at a time, for braille
/// users who prefer scrollback and for terminals that cannot do full screen. The same record
/// source as the browser (the same rows, the same words, the same changes and access events),
/// printed instead of drawn. Nothing printed is ever rewritten.
public struct LinearSession<IO: LinearIO> {
    var io: IO
    /// The open record's source; `record N` opens another record of the carnet.
    var source: any RecordSource
    let text: Catalog
    let format: TextFormat
    var patientName: String
    /// Items printed per page, and lines of a text per page.
    static var pageSize: Int { 10 }
    static var linesPerPage: Int { 20 }

    public init(io: IO, source: any RecordSource, patientName: String, language: Language) {
        self.io = io
        self.source = source
        self.patientName = patientName
        text = Catalog(language)
        format = TextFormat(language)
    }

    /// Where the user is: the main menu, or a list.
    enum Place: Equatable {
        case main
        case list(ListID)
    }

    /// Runs until `quit` or the end of input.
    public mutating func run() {
        say(text[.linearWelcome, patientName])
        var place = Place.main
        showMain()
        while true {
            announceNotifications()
            guard let line = ask(text[.linearPrompt]) else { return }
            let command = LinearCommand(line)
            if command.word == "quit" || command.word == "q" { return }
            switch place {
            case .main:
                if let next = main(command) {
                    place = .list(next)
                    showList(next)
                }
            case .list(let list):
                switch listCommand(command, in: list) {
                case .stay: break
                case .back:
                    place = .main
                    showMain()
                case .backQuietly:
                    place = .main
                case .go(let next):
                    place = .list(next)
                    showList(next)
                }
            }
        }
    }

    // MARK: - Output

    mutating func say(_ line: String) {
        io.write(Sanitizer.clean(line) + "\n")
    }

    mutating func ask(_ prompt: String) -> String? {
        io.write(prompt)
        return io.readLine()
    }

    // MARK: - The main menu

    static var sections: [(Phrase, ListID)] {
        [
            (.paneDocuments, .documents), (.paneVaccinations, .vaccinations()),
            (.paneMeasurements, .measurementTypes), (.paneProfile, .profile),
            (.paneAccessHistory, .accessHistory(HistoryQuery())), (.linearWhoMayAccess, .whoMayAccess),
            (.linearNotifications, .inbox),
        ]
    }

    mutating func showMain() {
        say(text[.linearMainMenu])
        for (index, section) in Self.sections.enumerated() {
            say("  \(index + 1). \(text[section.0])")
        }
        say(text[.linearMainHelp])
        if (reading({ try $0.records() })?.count ?? 0) > 1 { say(text[.linearRecordsHelp]) }
    }

    mutating func main(_ command: LinearCommand) -> ListID? {
        if let number = command.number, Self.sections.indices.contains(number - 1) {
            return Self.sections[number - 1].1
        }
        switch command.word {
        case "records":
            showRecords()
        case "record":
            _ = openRecord(command)
        case "help", "?", "":
            showMain()
        case "back", "b":
            say(text[.linearAtTop])
        default:
            say(text[.linearUnknown, command.raw])
        }
        return nil
    }

    // MARK: - Lists

    enum Next: Equatable {
        case stay, back
        /// To the main menu, already printed.
        case backQuietly
        case go(ListID)
    }

    /// The list's heading, what stands above it, and its first page.
    mutating func showList(_ list: ListID) {
        let total: Int
        do {
            total = try source.count(of: list)
        } catch {
            say("")
            say(text[.cannotRead, "\(error)"])
            return
        }
        say("")
        say(
            ListLayout.title(of: list, text).replacingOccurrences(of: " › ", with: ", ") + " — "
                + count(total))
        if let detail = list.historyQuery.map({ AccessHistoryPane.describe($0, text, format) }) {
            say(detail)
        }
        if list.isVaccinationCard, let due = reading({ try $0.vaccinationsDue() }) {
            for line in due { say(line.text) }
        }
        if let type = list.measurementType, let summary = reading({ try $0.measurementSummary(type) }) {
            summary.map { say($0) }
        }
        pages[list] = Paging(total: total)
        printPage(of: list)
    }

    /// What has been printed of each list: how many items, and the key to read on from.
    struct Paging {
        var total: Int
        var printed = 0
        var lastKey: PageKey?
        var rows: [ListRow] = []
    }

    var pages: [ListID: Paging] = [:]
    /// The newest notification already said.
    var lastNotice: Int64?
    /// Whether the record's server was out of reach at the last look.
    var connectionLost = false

    mutating func printPage(of list: ListID) {
        guard var paging = pages[list] else { return }
        guard paging.printed < paging.total else {
            say(paging.total == 0 ? text[.nothingHere] : text[.linearEnd])
            return
        }
        let request: PageRequest = paging.lastKey.map(PageRequest.after) ?? .first
        let rows: [ListRow]
        do {
            rows = try source.page(of: list, request, limit: Self.pageSize)
        } catch {
            say(text[.cannotRead, "\(error)"])
            return
        }
        // Short lists come whole: print from where the last page stopped.
        let fresh = paging.lastKey == nil ? Array(rows.dropFirst(paging.printed).prefix(Self.pageSize)) : rows
        let name = ListLayout.itemName(of: list, text)
        for row in fresh {
            paging.printed += 1
            say(text[.itemSpoken, name, format.count(paging.printed), format.count(paging.total), row.spoken])
            paging.rows.append(row)
        }
        if let key = fresh.last?.key { paging.lastKey = key }
        if fresh.isEmpty { paging.printed = paging.total }
        pages[list] = paging
        say(paging.printed < paging.total ? text[.linearMore] : text[.linearListHelp])
    }

    mutating func listCommand(_ command: LinearCommand, in list: ListID) -> Next {
        if let number = command.number, command.argument.isEmpty {
            return open(number, in: list)
        }
        switch command.word {
        case "", "more", "m":
            printPage(of: list)
        case "back", "b":
            if list.measurementType != nil { return .go(.measurementTypes) }
            return .back
        case "records":
            showRecords()
        case "record":
            // The lists were the last record's: the main menu of the one opened (printed).
            if openRecord(command) { return .backQuietly }
        case "help", "?":
            say(text[.linearListCommands])
            say(commands(for: list))
        case "search", "s":
            guard list.unfiltered == .documents else { return unknown(command) }
            return .go(
                command.argument.isEmpty
                    ? .documents : .filteredDocuments(DocumentFilter(search: command.argument)))
        case "since", "until", "action", "oldest", "newest", "clear":
            return historyFilter(command, in: list)
        case "mask", "unmask":
            return maskDocument(command, in: list)
        case "authorize", "authorise", "block", "unblock":
            return changeConsent(command, in: list)
        case "add":
            if let type = list.measurementType { return addReading(type) }
            if list == .measurementTypes { return addReading(nil) }
            if list.isVaccinationCard { return addVaccination(in: list) }
            if list == .profile { return addProfileEntry() }
            return unknown(command)
        default:
            return unknown(command)
        }
        return .stay
    }

    mutating func unknown(_ command: LinearCommand) -> Next {
        say(text[.linearUnknown, command.raw])
        return .stay
    }

    func commands(for list: ListID) -> String { list.list.linearCommands(text) }

    func count(_ total: Int) -> String {
        total == 1 ? text[.itemCountOne] : text[.itemCount, format.count(total)]
    }

    /// The row printed as `number`, if any.
    func row(_ number: Int, in list: ListID) -> ListRow? {
        guard let rows = pages[list]?.rows, rows.indices.contains(number - 1) else { return nil }
        return rows[number - 1]
    }

    /// Opens an item: a kind's readings, or a text printed a page at a time.
    mutating func open(_ number: Int, in list: ListID) -> Next {
        guard let row = row(number, in: list) else {
            say(text[.linearNoSuchItem, String(number)])
            return .stay
        }
        if let opens = row.opens { return .go(opens) }
        var page: TextPage?
        switch row.subject {
        case .accessEvent(let id)?:
            guard let found = reading({ try $0.accessEvent(id) }) else { return .stay }
            if let (event, target) = found {
                let chain = reading { try $0.verifyChain(upTo: id) }
                page = AccessHistoryPane.page(event, targetName: target, chain: chain, text, format)
            }
        case .vaccination(let vaccination)?:
            page = VaccinationsPane.page(vaccination, text, format)
        case .document(let document)?:
            guard let found = reading({ try $0.document(document.id, version: nil) }) else { return .stay }
            page = found.map { DocumentsPane.page($0, text, format) }
        default:
            break
        }
        guard let page else {
            say(row.spoken)
            return .stay
        }
        printText(page)
        return .stay
    }

    /// A text in pages of lines, asking "more?" between them.
    mutating func printText(_ page: TextPage) {
        say("")
        say(page.title)
        let lines = page.lines(width: 80).map(\.text)
        var start = 0
        while start < lines.count {
            for line in lines[start..<min(lines.count, start + Self.linesPerPage)] { say(line) }
            start += Self.linesPerPage
            guard start < lines.count else { break }
            guard let answer = ask(text[.linearTextMore]) else { return }
            if LinearCommand(answer).word != "" && LinearCommand(answer).word != "more" { break }
        }
        say(text[.linearTextEnd])
    }

    /// What `read` returns, or nil after saying why the record could not be read: an error is
    /// said, never taken for an empty answer.
    mutating func reading<T>(_ read: (any RecordSource) throws -> T) -> T? {
        do {
            return try read(source)
        } catch {
            say(text[.cannotRead, "\(error)"])
            return nil
        }
    }

    // MARK: - Confirmed changes

    /// Asks a question; true on yes (y, yes, o, oui).
    mutating func confirm(_ question: String) -> Bool {
        guard let answer = ask(question + " " + text[.linearYesNo]) else { return false }
        return ["y", "yes", "o", "oui"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    mutating func apply(_ change: RecordChange, asking question: String?) {
        if let question, !confirm(question) {
            say(text[.nothingChanged])
            return
        }
        do {
            say(try source.apply(change))
        } catch let refused as ChangeRefused {
            say(refused.reason)
        } catch {
            say(text[.changeFailed, "\(error)"])
        }
    }
}

/// A typed command: its first word (lower-cased), the rest, and a leading number.
struct LinearCommand {
    let raw: String
    let word: String
    let argument: String
    let number: Int?

    init(_ line: String) {
        raw = line.trimmingCharacters(in: .whitespaces)
        let parts = raw.split(separator: " ", maxSplits: 1)
        word = parts.first.map { $0.lowercased() } ?? ""
        argument = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        number = Int(word)
    }

    /// The number given after the word ("mask 3").
    var argumentNumber: Int? { Int(argument) }
}

import CarnetCore
import Foundation

/// What carnet noticed about a record's history as a command opened it: a cut or a rewrite
/// since the head it remembers, guards dropped, or nowhere to remember the head.
struct HistoryWatch: Sendable {
    var change: HistoryChange?
    var seen: HeadMemory.Seen?
    var missingGuards: [String] = []
    var unwritableFolder: String?

    /// Compares the history with the head remembered for this record and patient, and
    /// remembers today's head when the history only grew. After a cut or a rewrite the old
    /// head is kept, so that every later command says it again.
    static func look(
        store: any RecordStore, patient: Patient, record: String, memory: HeadMemory = HeadMemory()
    ) -> HistoryWatch {
        var watch = HistoryWatch()
        watch.missingGuards = (try? store.missingGuards()) ?? []
        watch.seen = memory.recall(record: record, patient: patient.id)
        let head: AccessChainHead
        if let seen = watch.seen {
            guard let look = try? store.accessChainHead(of: patient.id, since: seen.head) else { return watch }
            (head, watch.change) = look
        } else {
            guard let now = try? store.accessChainHead(of: patient.id) else { return watch }
            head = now
        }
        guard watch.change == nil else { return watch }
        do {
            try memory.remember(head, record: record, patient: patient.id)
        } catch let error as HeadMemory.Unwritable {
            watch.unwritableFolder = error.directory
        } catch {}
        return watch
    }

    /// The sentences a person must read, without a prefix.
    func sentences(_ text: Catalog) -> [String] {
        var lines: [String] = []
        if let change, let seen {
            let format = TextFormat(text.language)
            let held = format.count(seen.head.events)
            let on = format.day(seen.at)
            let line =
                switch change {
                case .shrunk(let now): text[.historyShrunk, held, on, format.count(now)]
                case .rewritten(let now): text[.historyRewritten, held, on, format.count(now)]
                }
            lines.append(line)
        }
        if !missingGuards.isEmpty {
            lines.append(text[.guardsMissing, missingGuards.joined(separator: ", ")])
        }
        if let unwritableFolder { lines.append(text[.headMemoryUnwritable, unwritableFolder]) }
        return lines
    }

    /// Says on standard error what was noticed, once per command.
    func warn() {
        let text = CommandLanguage.text
        for line in sentences(text) { StandardError.write(text[.warningPrefix] + line + "\n") }
    }

    /// Whether the history itself is in doubt (not just where its head is kept).
    var foundTampering: Bool { change != nil || !missingGuards.isEmpty }
}

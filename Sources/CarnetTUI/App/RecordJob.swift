import CarnetCore
import Foundation

/// Long work on the record that a view asks for (an import, an export), as data: the run loop
/// runs it off the key loop (`AppRunner+Effects`); its progress and its outcome come back as
/// messages (`.jobProgress`, `.jobDone`).
public struct RecordJob: WrapsHashable, Sendable {
    let work: any RecordWork

    init(_ work: some RecordWork) {
        self.work = work
    }

    public var wrapped: AnyHashable { AnyHashable(work) }
}

/// One kind of long work, declared in its view's folder.
protocol RecordWork: Hashable, Sendable, CustomStringConvertible {
    /// What the progress line says at `percent` (0 to 100).
    func progress(_ percent: Int, _ text: Catalog) -> String
    /// Does the work, calling `progress` with the part done of the whole as it goes. Never
    /// throws: a failure is an outcome, in words, and leaves the record as it was.
    func run(on record: RecordAccess, progress: @escaping (Int, Int) -> Void) -> JobOutcome
    /// The browser is ending while the work runs: what it has half written is removed.
    func abandon()
}

extension RecordWork {
    func abandon() {}
}

/// What a job works on: the record's store and patient, in the browser's language.
struct RecordAccess {
    let store: any RecordStore
    let patient: Patient
    let text: Catalog
    let format: TextFormat

    /// A typed path with `~` as the shell reads it: `$HOME`, the home the person has set,
    /// rather than the account's entry in the password file.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}

/// How long work ended.
public enum JobOutcome: Equatable, Sendable {
    /// Done: the summary as a page, what is said of it in a line, and whether the record
    /// changed (its lists are read again).
    case done(TextPage, said: String, changedRecord: Bool)
    /// Refused before anything was written: why, in words.
    case refused(String)
    /// A question first (replace an existing file?), and the work to do on yes.
    case ask(String, then: RecordJob)
}

extension JobOutcome {
    /// A report of the work, line by line, as a page titled `title`, and `said` on the
    /// status line; the record changed.
    static func report(_ title: String, _ lines: [String], said: String) -> JobOutcome {
        .done(
            TextPage(title: title, fields: [], body: lines, subject: .summary), said: said,
            changedRecord: true)
    }
}

extension Update {
    /// Starts a job: its first progress line is said at once.
    static func start(_ job: RecordJob, _ state: inout AppState) -> [Effect] {
        let words = job.work.progress(0, state.text)
        state.job = words
        say(words, &state)
        return [.run(job)]
    }

    /// A job's outcome: the summary page, its refusal in the form, or its question.
    static func jobDone(_ outcome: JobOutcome, _ state: inout AppState) -> [Effect] {
        state.job = nil
        switch outcome {
        case .done(let page, let said, let changedRecord):
            state.form = nil
            state.page = page
            say(said, &state)
            return changedRecord ? recordChanged(&state, byPatient: true) : []
        case .refused(let why):
            say(why, &state)
            formRefused(why, &state)
        case .ask(let question, let job):
            state.confirmation = Confirmation(question: question, job: job)
            state.announcement = question
        }
        return []
    }
}

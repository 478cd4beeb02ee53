import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `--db`, `--demo` and `--patient`, declared once and used by the root command and every
/// subcommand, so that a parent command never swallows them.
struct RecordOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpRecordDb], valueName: "path"))
    var db: String?

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpRecordDemo]))
    var demo = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandLanguage.text[.helpRecordPatient],
            valueName: "id"))
    var patient: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if db != nil && demo {
            throw ValidationError(CommandLanguage.text[.optionDbAndDemo])
        }
    }

    /// The database this command works on, as given: `--db`, the demo, `CARNET_DATABASE_URL`
    /// (a server's database, when set), or the person's own record.
    var path: String {
        if let db { return db }
        if demo { return DataPaths.demo() }
        if let url = ProcessInfo.processInfo.environment["CARNET_DATABASE_URL"], !url.isEmpty { return url }
        return DataPaths.record()
    }

    /// Where the record is: the one place `--db` chooses a store.
    var location: StoreLocation { StoreLocation(argument: path) }

    /// Opens the record for a command that only reads: nothing is created, migrated or
    /// changed unless the file already is a carnet record; a read-only record opens read-only.
    func openForReading() throws -> any RecordStore {
        guard let file = location.filePath else { return try location.openForReading() }
        DemoLeftovers.clean(beside: file)
        let store = try location.openForReading()
        Self.warn(RecordPermissions.secure(record: file))
        return store
    }

    /// Opens the record for a command that writes, putting back the history's append-only
    /// guards if someone dropped them (and saying so).
    func openForWriting() throws -> any RecordStore {
        if let file = location.filePath { DemoLeftovers.clean(beside: file) }
        let store = try location.openForWriting()
        if let file = location.filePath { Self.warn(RecordPermissions.secure(record: file)) }
        let restored = try store.restoreGuards()
        if !restored.isEmpty {
            let text = CommandLanguage.text
            StandardError.write(
                text[.warningPrefix] + text[.guardsRestored, restored.joined(separator: ", ")] + "\n")
        }
        return store
    }

    /// Says on standard error what was open to other users, and what carnet did about it.
    static func warn(_ notes: [RecordPermissions.Note]) {
        let text = CommandLanguage.text
        for note in notes {
            let mode = String(note.mode, radix: 8)
            let line =
                note.tightened.map { text[.permissionsTightened, note.path, mode, String($0, radix: 8)] }
                ?? text[.permissionsOpen, note.path, mode]
            StandardError.write(text[.warningPrefix] + Sanitizer.clean(line) + "\n")
        }
    }

    /// The patient the command is about. Looks at the history's head on the way, against the
    /// one carnet remembers: a history cut or rewritten since is said on standard error.
    func patient(in store: any RecordStore) throws -> Patient {
        let (found, watch) = try watchedPatient(in: store)
        watch.warn()
        return found
    }

    /// The patient, and what the look at the history's head found, for the commands that
    /// say it their own way (`log verify`, the browser).
    func watchedPatient(in store: any RecordStore) throws -> (Patient, HistoryWatch) {
        let found = try store.patient(matching: patient)
        return (found, HistoryWatch.look(store: store, patient: found, record: location.description))
    }
}

/// `--json` and `--limit`, shared by every listing.
struct ListingOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpListingJson]))
    var json = false

    @Option(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpListingLimit], valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError(CommandLanguage.text[.optionLimit]) }
    }
}

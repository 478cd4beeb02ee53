import ArgumentParser
import CarnetCore
import CarnetPostgres
import CarnetTUI
import Foundation

@main
struct Carnet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carnet",
        abstract: CommandLanguage.text[.abstractCarnet],
        discussion: CommandLanguage.text[.discussionCarnet],
        version: CarnetVersion.line,
        subcommands: [
            InitCommand.self, DemoCommand.self, DocumentsCommand.self, MeasureCommand.self,
            AccessCommand.self, ProCommand.self, LogCommand.self, VaccinationsCommand.self, KioskCommand.self,
            NotificationsCommand.self, ProfileCommand.self, ImportCommand.self, ExportCommand.self,
            DoctorCommand.self, RecordsCommand.self, CopyCommand.self, DbCommand.self,
        ])

    @OptionGroup var record: RecordOptions
    @OptionGroup var browser: BrowserOptions
    @OptionGroup var kiosk: KioskOptions

    /// Runs the command line; the record's own errors are said in the reader's language.
    static func main() {
        Backtracer.makeKioskNonInteractive()
        // `--db postgres://…` and `CARNET_DATABASE_URL` open a record on a PostgreSQL server.
        ServerStore.register(PostgresStore.server)
        // A demo killed midway left its partial file: gone at the next command of any kind.
        DemoLeftovers.clean(beside: DataPaths.demo())
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as StoreError {
            let text = CommandLanguage.text
            StandardError.write(text[.errorPrefix] + Sanitizer.lines(error.message(text)) + "\n")
            Foundation.exit(1)
        } catch let error as ThemeError {
            let text = CommandLanguage.text
            StandardError.write(text[.errorPrefix] + Sanitizer.lines(error.message(text)) + "\n")
            Foundation.exit(1)
        } catch {
            // Usage errors repeat what was typed: through the sanitiser like the rest. Help
            // and version (exit 0) are carnet's own words, printed as the parser prints them.
            // The parser's own words (headings, its errors) in the reader's language.
            let code = exitCode(for: error)
            let message = ParserWords.translate(fullMessage(for: error), to: CommandLanguage.current)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { StandardError.write(Sanitizer.lines(message) + "\n") }
            Foundation.exit(code.rawValue)
        }
    }

    mutating func run() throws {
        // Files this process creates (the record, its WAL, exports) are private.
        umask(0o077)
        guard kiosk.kiosk else {
            // A record this process cannot write is shown read-only, its write keys left out.
            let store: any RecordStore
            do {
                store = try record.openForWriting()
            } catch StoreError.readOnlyRecord {
                store = try record.openForReading()
            }
            let patient = try store.patient(matching: record.patient)
            let look = HistoryLook(store: store, patient: patient, record: record.location.description)
            try Browser.open(store: store, patient: patient, options: browser, look: look)
            return
        }
        // Read-only at the SQLite level: no code path of a kiosk can write.
        let store = try record.location.openReadOnly()
        let patient = try record.patient(in: store)
        guard try store.kioskPin() != nil else {
            throw StoreError.invalid(Catalog(browser.language)[.kioskNeedsPin])
        }
        try Browser.open(store: store, patient: patient, options: browser, kiosk: kiosk)
    }
}

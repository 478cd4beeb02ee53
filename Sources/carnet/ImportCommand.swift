import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `carnet import FILE…`: a FHIR R4 export from another system into the record.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandLanguage.text[.abstractImport],
        discussion: CommandLanguage.text[.discussionImport])

    @OptionGroup var record: RecordOptions
    @OptionGroup var importing: ImportOptions

    func run() throws {
        umask(0o077)
        let importer = importing.importer(paths: importing.files, record: record)
        try ImportOptions.finish(importing.json) { try importer.run() }
    }
}

/// What `carnet import` and `carnet pro … import` share.
struct ImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(CommandLanguage.text[.helpImportFiles], valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpImportJson]))
    var json = false

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpImportDryRun]))
    var dryRun = false

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpImportSkipInvalid]))
    var skipInvalid = false

    func validate() throws {
        if files.isEmpty { throw ValidationError(CommandLanguage.text[.optionImportNothing]) }
    }

    func importer(paths: [String], record: RecordOptions) -> FHIRImporter {
        var importer = FHIRImporter(
            paths: paths, recordPath: record.path, patient: record.patient,
            options: .init(dryRun: dryRun, skipInvalid: skipInvalid, language: CommandLanguage.current))
        let bar = ProgressBar(text: CommandLanguage.text, phrase: .importProgress)
        importer.progress = { done, total in bar.show(done, total) }
        return importer
    }

    /// Runs the import and prints its report (or its problems, exit 1). What comes from the
    /// file is untrusted: on a terminal its control characters are shown, not obeyed.
    static func finish(_ json: Bool, _ body: () throws -> ImportReport) throws {
        let text = CommandLanguage.text
        let report: ImportReport
        do {
            report = try body()
            ProgressBar.clear()
        } catch let failure as ImportFailure {
            ProgressBar.clear()
            let message = failure.message(text)
            StandardError.write(
                text[.errorPrefix] + (StandardError.isTerminal ? clean(message) : message) + "\n")
            throw ExitCode(1)
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: report.json(text), options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let lines = report.lines(text)
        print((isatty(STDOUT_FILENO) == 1 ? lines.map(clean) : lines).joined(separator: "\n"))
    }

    private static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.clean(String($0)) }
            .joined(separator: "\n")
    }
}

/// A progress bar on standard error, on a terminal only, once the work has taken a second.
final class ProgressBar: @unchecked Sendable {
    let text: Catalog
    /// The words beside the percentage ("Importing {1}%").
    let phrase: Phrase
    let start = Date()
    var lastPercent = -1

    init(text: Catalog, phrase: Phrase) {
        self.text = text
        self.phrase = phrase
    }

    func show(_ done: Int, _ total: Int) {
        guard StandardError.isTerminal, Date().timeIntervalSince(start) > 1 else { return }
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardError.write("\r\u{1B}[K" + bar + " " + text[phrase, String(percent)])
    }

    static func clear() {
        if StandardError.isTerminal { StandardError.write("\r\u{1B}[K") }
    }
}

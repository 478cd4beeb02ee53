import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `carnet export`: the whole record as FHIR R4, for another system or another carnet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandLanguage.text[.abstractExport],
        discussion: CommandLanguage.text[.discussionExport])

    @OptionGroup var record: RecordOptions

    @Option(
        name: .long, help: ArgumentHelp(CommandLanguage.text[.helpExportFormat], valueName: "format"))
    var format: FHIRExporter.Format = .bundle

    @Option(
        name: .long,
        help: ArgumentHelp(CommandLanguage.text[.helpExportOut], valueName: "path"))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpExportWithHistory]))
    var withHistory = false

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpExportForce]))
    var force = false

    func validate() throws {
        if format == .ndjson && out == nil {
            throw ValidationError(CommandLanguage.text[.exportNDJSONNeedsFolder])
        }
    }

    func run() throws {
        umask(0o077)
        let text = CommandLanguage.text
        let store = try record.openForWriting()
        let patient = try record.patient(in: store)
        var exporter = FHIRExporter(
            store: store, patient: patient,
            options: .init(format: format, withHistory: withHistory, force: force))
        let interruption = out.map { ExportInterruption(removing: [FHIRExporter.temporaryPath(for: $0)]) }
        defer { interruption?.end() }
        let bar = ProgressBar(text: text, phrase: .exportProgress)
        exporter.progress = { done, total in bar.show(done, total) }
        do {
            let report = try exporter.run(to: out)
            ProgressBar.clear()
            if out != nil { print(report.lines(text).joined(separator: "\n")) }
        } catch let failure as ExportFailure {
            ProgressBar.clear()
            StandardError.write(text[.errorPrefix] + Sanitizer.clean(failure.message(text)) + "\n")
            throw ExitCode(1)
        }
    }
}

extension FHIRExporter.Format: ExpressibleByArgument {}

/// Ctrl-C, SIGTERM or SIGHUP during an export (or a copy into a new record): the
/// half-written files (or folder) are removed before carnet leaves, so an interrupted command
/// leaves nothing behind and the target is as it was. The work runs on the main thread; the
/// signals are taken on a queue of their own.
final class ExportInterruption: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]

    init(removing paths: [String]) {
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                ProgressBar.clear()
                for path in paths { try? FileManager.default.removeItem(atPath: path) }
                _exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Back to the signals' default behaviour.
    func end() {
        for source in sources { source.cancel() }
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }
}

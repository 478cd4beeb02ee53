import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// `carnet export`: the whole record as FHIR R4, for another system or another carnet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole record as FHIR R4 (a Bundle, or NDJSON files in a folder).",
        discussion: """
            A Bundle of type collection goes to standard output, or to --out PATH. --format
            ndjson writes one file per resource type (FHIR Bulk Data) into the folder --out
            names. An existing file is replaced only with --force; the export is written
            under a temporary name and renamed, readable by you alone. --with-history adds
            every access event as an AuditEvent. `carnet import` reads the export back.
            """)

    @OptionGroup var record: RecordOptions

    @Option(
        name: .long, help: ArgumentHelp("bundle (one JSON file) or ndjson (a folder).", valueName: "format"))
    var format: FHIRExporter.Format = .bundle

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where to write (a file, or a folder for ndjson); standard output by default.", valueName: "path")
    )
    var out: String?

    @Flag(name: .long, help: "Add the access history, every event as an AuditEvent.")
    var withHistory = false

    @Flag(name: .long, help: "Replace an existing file, or an earlier NDJSON export's folder.")
    var force = false

    func validate() throws {
        if format == .ndjson && out == nil {
            throw ValidationError(Catalog(.fromLocale())[.exportNDJSONNeedsFolder])
        }
    }

    func run() throws {
        umask(0o077)
        let text = Catalog(.fromLocale())
        let store = try record.openForWriting()
        let patient = try record.patient(in: store)
        var exporter = FHIRExporter(
            store: store, patient: patient,
            options: .init(format: format, withHistory: withHistory, force: force))
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

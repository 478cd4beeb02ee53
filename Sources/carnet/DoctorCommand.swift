import ArgumentParser
import CarnetCore
import Foundation

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Say what carnet sees on this machine and whether it will work.",
        discussion: """
            Checks the terminal (type, size, colours), the locale and language, screen-reader
            mode, the record (where it is, who may read it, its schema, its access history)
            and pdftotext, and says what to do about anything wrong. It changes nothing: the
            record is read without being created, updated or locked. Give the options you
            start carnet with (--screen-reader, --lang, --theme, --db…) to check that start.
            Exits with 1 when it finds a problem, 0 otherwise (warnings included).
            """)

    @OptionGroup var record: RecordOptions
    @OptionGroup var browser: BrowserOptions

    @Flag(name: .long, help: "Print a JSON array of objects (check, status, value, found, advice).")
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let text = Catalog(browser.language)
        let findings =
            [DoctorFinding.ok(.version, CarnetVersion.number, CarnetVersion.line)]
            + TerminalChecks(environment: environment, options: browser, text: text).findings
            + LocaleChecks(environment: environment, options: browser, text: text).findings
            + RecordChecks(path: record.path, text: text).findings
            + [ToolChecks.pdfText(text)]
        if json {
            DoctorReport.printJSON(findings)
        } else {
            DoctorReport.printLines(findings, text)
        }
        if findings.contains(where: { $0.status == .problem }) { throw ExitCode.failure }
    }
}

import ArgumentParser
import CarnetCore
import Foundation

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: CommandLanguage.text[.abstractDoctor],
        discussion: CommandLanguage.text[.discussionDoctor])

    @OptionGroup var record: RecordOptions
    @OptionGroup var browser: BrowserOptions

    @Flag(name: .long, help: ArgumentHelp(CommandLanguage.text[.helpDoctorJson]))
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let text = Catalog(browser.language)
        let findings =
            [DoctorFinding.ok(.version, CarnetVersion.number, CarnetVersion.line)]
            + TerminalChecks(environment: environment, options: browser, text: text).findings
            + LocaleChecks(environment: environment, options: browser, text: text).findings
            // A server's record has no file to look at; `carnet log verify` checks its history.
            + (record.location.filePath.map { RecordChecks(path: $0, text: text).findings } ?? [])
            + [ToolChecks.pdfText(text)]
        if json {
            DoctorReport.printJSON(findings)
        } else {
            DoctorReport.printLines(findings, text)
        }
        if findings.contains(where: { $0.status == .problem }) { throw ExitCode.failure }
    }
}

import ArgumentParser
import CarnetCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: CommandLanguage.text[.abstractInit])

    @OptionGroup var record: RecordOptions

    @Option(help: ArgumentHelp(CommandLanguage.text[.helpInitName]))
    var name: String

    @Option(help: ArgumentHelp(CommandLanguage.text[.helpInitBirthDate], valueName: "YYYY-MM-DD"))
    var birthDate: String

    @Option(
        help: ArgumentHelp(CommandLanguage.text[.helpInitIns], valueName: "number"))
    var ins: String?

    func validate() throws {
        if record.demo {
            throw ValidationError(CommandLanguage.text[.optionInitDemo])
        }
        // Every bad birth date is a usage error, as other bad dates are.
        if let problem = RecordDays.checkBirth(birthDate, now: Date()) {
            throw ValidationError(CommandLanguage.text[.optionBirthDate, problem.message(CommandLanguage.text)])
        }
    }

    func run() throws {
        umask(0o077)
        let location = record.location
        let store = try location.create()
        do {
            try store.write { writer in
                try writer.setMetadata("kind", "personal")
                try writer.addPatient(NewPatient(name: name, birthDate: birthDate, ins: ins))
            }
            try store.close()
        } catch {
            // Nothing half-made is left behind: the next `init` starts clean.
            try? store.close()
            location.remove()
            throw error
        }
        HeadMemory().forget(record: location.description)
        say(CommandLanguage.text[.createdRecord, location.description])
    }
}

import ArgumentParser
import CarnetCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create your own record.")

    @OptionGroup var record: RecordOptions

    @Option(help: "Your name as it should appear on the record.")
    var name: String

    @Option(help: ArgumentHelp("Your date of birth.", valueName: "YYYY-MM-DD"))
    var birthDate: String

    @Option(
        help: ArgumentHelp("Your INS (identifiant national de santé), 15 characters.", valueName: "number"))
    var ins: String?

    func validate() throws {
        if record.demo {
            throw ValidationError("init creates your own record; `carnet demo` writes the demo record.")
        }
        // Every bad birth date is a usage error, as other bad dates are.
        if let problem = RecordDays.checkBirth(birthDate, now: Date()) {
            throw ValidationError("--birth-date: " + problem.message(Catalog(.fromLocale())))
        }
    }

    func run() throws {
        umask(0o077)
        let path = record.path
        let store = try Store.create(at: path)
        do {
            try store.write { writer in
                try writer.setMetadata("kind", "personal")
                try writer.addPatient(NewPatient(name: name, birthDate: birthDate, ins: ins))
            }
            try store.close()
        } catch {
            // Nothing half-made is left behind: the next `init` starts clean.
            try? store.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        HeadMemory().forget(record: path)
        say(Catalog(.fromLocale())[.createdRecord, path])
    }
}

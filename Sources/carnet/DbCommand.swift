import ArgumentParser
import CarnetCore
import CarnetPostgres
import Foundation

/// `carnet db`: what a clinic's administrator runs once on its PostgreSQL database.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: CommandLanguage.text[.abstractDb], subcommands: [Roles.self])

    /// `carnet db roles`: the SQL of the application's and the kiosk's roles, printed for the
    /// owner of the database to run (carnet never connects as the owner to do it itself).
    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roles", abstract: CommandLanguage.text[.abstractDbRoles])
        @OptionGroup var record: RecordOptions

        @Option(help: ArgumentHelp(CommandLanguage.text[.helpDbDatabase], valueName: "name"))
        var database: String?

        // `--kiosk` alone is the browser's kiosk mode, an option of every command.
        @Option(
            name: .customLong("application-role"),
            help: ArgumentHelp(CommandLanguage.text[.helpDbApplication], valueName: "role"))
        var application = "carnet_app"

        @Option(
            name: .customLong("kiosk-role"),
            help: ArgumentHelp(CommandLanguage.text[.helpDbKiosk], valueName: "role"))
        var kiosk = "carnet_kiosk"

        func run() throws {
            let named: String? =
                if case .server(let url) = record.location { try? PostgresLocation(url: url).database } else {
                    nil
                }
            let roles = PostgresRoles(
                database: database ?? named ?? "carnet", application: application, kiosk: kiosk)
            print(roles.script, terminator: "")
        }
    }
}

import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// How the browser looks and behaves, for the commands that open it (`carnet`, `carnet demo`).
struct BrowserOptions: ParsableArguments {
    @Flag(
        name: .long,
        help:
            ArgumentHelp(CommandLanguage.text[.helpBrowserScreenReader])
    )
    var screenReader = false

    @Flag(
        name: .long,
        help:
            ArgumentHelp(CommandLanguage.text[.helpBrowserLinear])
    )
    var linear = false

    /// Linear mode, by flag or because the terminal cannot do full screen.
    func linearMode(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        linear || (environment["TERM"] ?? "").isEmpty || environment["TERM"] == "dumb"
    }

    /// The language: `--lang` (an option of every command, in `RecordOptions`), else the locale's.
    var language: Language { CommandLanguage.current }

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandLanguage.text[.helpBrowserTheme],
            valueName: "name"))
    var theme: String?

    /// Screen-reader mode, by flag or environment: nothing can be detected over SSH, so the
    /// user says so. Set to anything, even empty, counts.
    func screenReaderMode(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        screenReader || environment["ACCESSIBLE"] != nil || environment["CARNET_SCREEN_READER"] != nil
    }

    /// The theme to draw with. Loaded before ncurses starts, so that a broken file is reported
    /// on the normal screen and nothing is drawn. `NO_COLOR` (set to anything, even empty) wins over
    /// `--theme`: the user asked for no colour anywhere.
    func loadTheme(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let name = environment["NO_COLOR"] != nil ? "mono" : (theme ?? "default")
        return try ThemeCatalog(environment: environment).theme(named: name)
    }
}

/// The clinic kiosk: the record read-only, no way out by the keyboard, locked when idle.
struct KioskOptions: ParsableArguments {
    @Flag(
        name: .long,
        help:
            ArgumentHelp(CommandLanguage.text[.helpKioskKiosk])
    )
    var kiosk = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandLanguage.text[.helpKioskIdleTimeout], valueName: "seconds"))
    var idleTimeout = 120

    func validate() throws {
        guard (5...86_400).contains(idleTimeout) else {
            throw ValidationError(CommandLanguage.text[.optionIdleTimeout])
        }
    }
}

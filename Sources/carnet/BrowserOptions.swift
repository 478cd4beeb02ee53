import ArgumentParser
import CarnetCore
import CarnetTUI
import Foundation

/// How the browser looks and behaves, for the commands that open it (`carnet`, `carnet demo`).
struct BrowserOptions: ParsableArguments {
    @Flag(
        name: .long,
        help:
            "Plain self-describing lines for screen readers and braille displays (also when ACCESSIBLE or CARNET_SCREEN_READER is set)."
    )
    var screenReader = false

    @Flag(
        name: .long,
        help:
            "Numbered menus and plain lines, no full screen (also when TERM is dumb or unset): for braille displays that prefer scrollback and for the simplest terminals."
    )
    var linear = false

    /// Linear mode, by flag or because the terminal cannot do full screen.
    func linearMode(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        linear || (environment["TERM"] ?? "").isEmpty || environment["TERM"] == "dumb"
    }

    @Option(
        name: .long,
        help: ArgumentHelp("fr or en (default: French when the locale is French).", valueName: "language"))
    var lang: Language?

    /// The language: `--lang`, else the locale's.
    var language: Language { lang ?? Language.fromLocale() }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The look: default, light, high-contrast, mono, or a theme of yours in ~/.config/carnet/themes (NO_COLOR always gives mono).",
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

extension Language: ExpressibleByArgument {}

/// The clinic kiosk: the record read-only, no way out by the keyboard, locked when idle.
struct KioskOptions: ParsableArguments {
    @Flag(
        name: .long,
        help:
            "A read-only kiosk: nothing can be changed or left by the keyboard; locks itself when idle (needs `carnet kiosk set-pin`)."
    )
    var kiosk = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds without a key before a kiosk hides the record (default 120).", valueName: "seconds"))
    var idleTimeout = 120

    func validate() throws {
        guard (5...86_400).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be 5 to 86400 seconds (a day).")
        }
    }
}

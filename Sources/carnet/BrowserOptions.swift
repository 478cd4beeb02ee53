import ArgumentParser
import CarnetCore
import Foundation

/// How the browser looks and behaves, for the commands that open it (`carnet`, `carnet demo`).
struct BrowserOptions: ParsableArguments {
    @Flag(
        name: .long,
        help:
            "Plain self-describing lines for screen readers and braille displays (also when ACCESSIBLE or CARNET_SCREEN_READER is set)."
    )
    var screenReader = false

    @Option(
        name: .long,
        help: ArgumentHelp("fr or en (default: French when the locale is French).", valueName: "language"))
    var lang: Language?

    /// The language: `--lang`, else the locale's.
    var language: Language { lang ?? Language.fromLocale() }

    /// Screen-reader mode, by flag or environment: nothing can be detected over SSH, so the
    /// user says so. Set to anything, even empty, counts.
    func screenReaderMode(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        screenReader || environment["ACCESSIBLE"] != nil || environment["CARNET_SCREEN_READER"] != nil
    }
}

extension Language: ExpressibleByArgument {}

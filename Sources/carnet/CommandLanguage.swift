import ArgumentParser
import CarnetCore
import Foundation

/// The language of this run: `--lang` wherever it stands on the command line, else the
/// locale's. Decided from the arguments themselves, before the parser runs, because the
/// parser's help, usage and errors are built from words carnet gives it.
enum CommandLanguage {
    /// What `--lang` asked for, if it was given a language carnet speaks.
    static let asked: Language? = languageOption(in: Array(CommandLine.arguments.dropFirst()))

    static let current: Language = asked ?? Language.fromLocale()

    /// The catalog of this run's language.
    static var text: Catalog { Catalog(current) }

    /// `--lang fr` or `--lang=fr`, up to a `--` that ends the options.
    static func languageOption(in arguments: [String]) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }
}

/// `--lang`, accepted by every command so that its messages and help follow it.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(CommandLanguage.text[.helpLang], valueName: "language"))
    var lang: Language?
}

extension Language: ExpressibleByArgument {}

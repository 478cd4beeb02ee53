import CarnetCore
import Foundation

/// swift-argument-parser writes its own headings and errors in English ("USAGE:", "Missing
/// expected argument…"). Its help is built from carnet's words, but those around them come
/// from the parser: this puts the catalog's words in their place for a reader of another
/// language. Each phrase's English template is the parser's text, `{n}` standing for what
/// it names.
enum ParserWords {
    static let phrases: [Phrase] = [
        .parserOverview, .parserUsageHeading, .parserArguments, .parserOptions, .parserSubcommands,
        .parserShowVersion, .parserShowHelp, .parserDefault, .parserValues, .parserSeeDetailedHelp,
        .parserSeeMoreInformation, .parserError, .parserUsage, .parserHelp, .parserMissingArgument,
        .parserUnknownOption, .parserUnexpectedArgument, .parserMissingValue, .parserInvalidValue,
        .parserDidYouMean,
    ]

    /// The parser's message with its own words in `language`.
    static func translate(_ message: String, to language: Language) -> String {
        guard language != .en else { return message }
        let english = Catalog(.en)
        let target = Catalog(language)
        var result = message
        for phrase in phrases {
            guard let regex = pattern(english.template(phrase)) else { continue }
            let replacement = substitution(target.template(phrase))
            result = regex.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: replacement)
        }
        return result
    }

    /// The English template as a pattern: `{n}` captures what the parser put there, and a
    /// space may have become a line break where the parser wrapped the text.
    static func pattern(_ template: String) -> NSRegularExpression? {
        var pattern = ""
        var rest = template[...]
        while let open = rest.range(of: #"\{\d\}"#, options: .regularExpression) {
            pattern += literal(rest[..<open.lowerBound])
            pattern += "(.+?)"
            rest = rest[open.upperBound...]
        }
        pattern += literal(rest)
        return try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    }

    /// The target template for the regular expression: `{n}` becomes `$n`, and a `$` or
    /// `\\` of its own text stays itself.
    static func substitution(_ template: String) -> String {
        var result = ""
        var characters = template[...]
        while let character = characters.popFirst() {
            if character == "{", let digit = characters.first, digit.isNumber,
                characters.dropFirst().first == "}"
            {
                result += "$" + String(digit)
                characters = characters.dropFirst(2)
            } else if character == "$" || character == "\\" {
                result += "\\" + String(character)
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func literal(_ text: Substring) -> String {
        NSRegularExpression.escapedPattern(for: String(text)).replacingOccurrences(of: " ", with: #"\s+"#)
    }
}

/// Every user-facing sentence of carnet, in English and French, looked up by `Phrase`.
///
/// ```swift
/// let text = Catalog(.fr)
/// text[.itemCount, "16"]  // "16 éléments"
/// ```
///
/// Arguments replace `{1}`, `{2}`… in order. A phrase missing from a language falls back to
/// English; a test makes sure none is missing.
public struct Catalog: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public subscript(_ phrase: Phrase, _ arguments: String...) -> String {
        Self.format(template(phrase), arguments)
    }

    /// The template of a phrase in this language, with its `{n}` placeholders.
    public func template(_ phrase: Phrase) -> String {
        Self.table(language)[phrase] ?? Self.english[phrase] ?? phrase.rawValue
    }

    static func table(_ language: Language) -> [Phrase: String] {
        switch language {
        case .en: english
        case .fr: french
        }
    }

    static func format(_ template: String, _ arguments: [String]) -> String {
        var text = template
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }
}

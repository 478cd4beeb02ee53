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
        Self.table(language)[phrase] ?? Self.englishTable[phrase] ?? phrase.rawValue
    }

    static func table(_ language: Language) -> [Phrase: String] {
        switch language {
        case .en: englishTable
        case .fr: frenchTable
        }
    }

    /// The catalog comes in parts, one file per area of the application, so that each
    /// area's words sit together; a phrase belongs to one part only.
    static let parts: [(english: [Phrase: String], french: [Phrase: String])] = [
        (english, french),
        (dialogsEnglish, dialogsFrench),
        (accessManagementEnglish, accessManagementFrench),
        (documentWorkflowEnglish, documentWorkflowFrench),
        (notificationsEnglish, notificationsFrench),
        (vaccinationsEnglish, vaccinationsFrench),
        (measurementsEnglish, measurementsFrench),
        (kioskEnglish, kioskFrench),
        (linearEnglish, linearFrench),
        (profileEnglish, profileFrench),
        (chartsEnglish, chartsFrench),
        (importEnglish, importFrench),
        (doctorEnglish, doctorFrench),
    ]

    static let englishTable = parts.reduce(into: [:]) { $0.merge($1.english) { first, _ in first } }
    static let frenchTable = parts.reduce(into: [:]) { $0.merge($1.french) { first, _ in first } }

    static func format(_ template: String, _ arguments: [String]) -> String {
        var text = template
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }
}

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

    /// The phrase with arguments given as an array (a message kept to be worded later).
    public subscript(_ phrase: Phrase, arguments arguments: [String]) -> String {
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
        (childVaccinationsEnglish, childVaccinationsFrench),
        (measurementsEnglish, measurementsFrench),
        (kioskEnglish, kioskFrench),
        (linearEnglish, linearFrench),
        (profileEnglish, profileFrench),
        (chartsEnglish, chartsFrench),
        (importEnglish, importFrench),
        (exportEnglish, exportFrench),
        (copyEnglish, copyFrench),
        (hardeningEnglish, hardeningFrench),
        (doctorEnglish, doctorFrench),
        (helpEnglish, helpFrench),
        (rulesEnglish, rulesFrench),
        (themesEnglish, themesFrench),
        (recordsEnglish, recordsFrench),
        (growthEnglish, growthFrench),
        (serverEnglish, serverFrench),
    ]

    static let englishTable = parts.reduce(into: [:]) { $0.merge($1.english) { first, _ in first } }
    static let frenchTable = parts.reduce(into: [:]) { $0.merge($1.french) { first, _ in first } }

    /// Puts the arguments in place of `{1}`, `{2}`… in one pass over the template: an
    /// argument's own text is never read for placeholders (a title may contain "{2}"), and
    /// a list of 200 rows does not pay Foundation's search-and-replace for each.
    public static func format(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var text = ""
        text.reserveCapacity(template.utf8.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let number = Int(rest[afterOpen..<close]), arguments.indices.contains(number - 1)
            {
                text += arguments[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        text += rest
        return text
    }
}

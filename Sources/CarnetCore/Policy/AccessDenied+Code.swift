/// A refusal's reason as the access history stores it. The history is hashed, so what is
/// stored never changes: a code, not words, so that each reader gets it in their language.
extension AccessDenied {
    /// "record-closed", "blocked-by-patient", "unknown-professional:10003456789"… The argument,
    /// when there is one, follows the first colon.
    public var code: String {
        switch self {
        case .recordClosed: "record-closed"
        case .unknownProfessional(let rpps): "unknown-professional:" + rpps
        case .blocked: "blocked-by-patient"
        case .blockedEstablishment(let name): "blocked-establishment:" + name
        case .notAuthorized: "not-authorized"
        case .emergencyNotAllowed: "emergency-not-allowed"
        case .category(let category): "category:" + category.code
        case .noDocument(let id): "no-document:" + String(id)
        case .notAuthor(let id): "not-author:" + String(id)
        case .notAVaccinator: "not-a-vaccinator"
        }
    }

    /// The refusal a stored code stands for; nil for anything else.
    public init?(code: String) {
        let parts = code.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let argument = parts.count == 2 ? String(parts[1]) : nil
        switch (name, argument) {
        case ("record-closed", nil): self = .recordClosed
        case ("unknown-professional", let rpps?): self = .unknownProfessional(rpps: rpps)
        case ("blocked-by-patient", nil): self = .blocked
        case ("blocked-establishment", let establishment?): self = .blockedEstablishment(name: establishment)
        case ("not-authorized", nil): self = .notAuthorized
        case ("emergency-not-allowed", nil): self = .emergencyNotAllowed
        case ("category", let value?):
            guard let category = DocumentCategory(code: value) else { return nil }
            self = .category(category)
        case ("no-document", let value?):
            guard let id = Int64(value) else { return nil }
            self = .noDocument(id: id)
        case ("not-author", let value?):
            guard let id = Int64(value) else { return nil }
            self = .notAuthor(id: id)
        case ("not-a-vaccinator", nil): self = .notAVaccinator
        default: return nil
        }
    }

    /// A stored reason in the reader's language. Records written before codes hold the English
    /// words of the time: those are recognised and translated too. Anything else (a reason a
    /// professional typed for an emergency access) is said as it was stored.
    public static func words(forStored stored: String, _ text: Catalog) -> String {
        if let refusal = AccessDenied(code: stored) ?? AccessDenied(englishWords: stored) {
            return refusal.message(text)
        }
        return stored
    }

    /// The refusal whose English message, as carnet wrote it before codes, is `words`.
    init?(englishWords words: String) {
        let english = Catalog(.en)
        let fixed: [AccessDenied] = [.recordClosed, .blocked, .notAuthorized, .emergencyNotAllowed, .notAVaccinator]
        if let match = fixed.first(where: { $0.message(english) == words }) {
            self = match
            return
        }
        // The messages with one argument: the template's text around `{1}` must match.
        let withArgument: [(Phrase, (String) -> AccessDenied?)] = [
            (.deniedUnknown, { .unknownProfessional(rpps: $0) }),
            (.deniedBlockedEstablishment, { .blockedEstablishment(name: $0) }),
            (.deniedCategory, { DocumentCategory(code: $0).map { .category($0) } }),
            (.deniedNoDocument, { Int64($0).map { .noDocument(id: $0) } }),
            (.deniedNotAuthor, { Int64($0).map { .notAuthor(id: $0) } }),
        ]
        for (phrase, make) in withArgument {
            let template = english.template(phrase)
            guard let marker = template.range(of: "{1}") else { continue }
            let before = template[..<marker.lowerBound]
            let after = template[marker.upperBound...]
            guard words.hasPrefix(before), words.hasSuffix(after),
                words.count > before.count + after.count
            else { continue }
            let argument = String(words.dropFirst(before.count).dropLast(after.count))
            if let refusal = make(argument) {
                self = refusal
                return
            }
        }
        return nil
    }
}

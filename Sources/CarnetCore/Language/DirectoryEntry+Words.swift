extension DirectoryEntry {
    /// Their profession in words, with the specialty in the reader's language when there is
    /// one ("médecin, cardiologie et maladies vasculaires"); an establishment's kind.
    public func roleWords(_ text: Catalog) -> String {
        Self.roleWords(
            profession: profession, specialty: specialty, establishment: kind == .establishment, text)
    }

    /// A role in words from its stored parts: the profession's name (an establishment's
    /// kind, or the stored word when carnet has no name for it), then the specialty.
    static func roleWords(profession: String, specialty: String?, establishment: Bool, _ text: Catalog)
        -> String
    {
        let base =
            Profession(rawValue: profession).flatMap(\.phrase).map { text[$0] }
            ?? (establishment ? text[.establishment] : profession)
        return [base, specialty.map { SpecialtyWords.words($0, text.language) }].compactMap { $0 }
            .joined(separator: ", ")
    }

    /// Where the patient's decision stands: treating doctor, authorised, blocked, or none.
    public func statusWords(_ text: Catalog) -> String {
        if treatingDoctor { return text[.statusTreatingDoctor] }
        switch status {
        case .authorized: return text[.statusAuthorized]
        case .blocked: return text[.statusBlocked]
        case .none: return text[.statusNoDecision]
        }
    }

    /// The patient's decision alone, in a word, for a table's column.
    public func decisionWord(_ text: Catalog) -> String {
        switch status {
        case .authorized: text[.decisionAuthorized]
        case .blocked: text[.decisionBlocked]
        case .none: text[.decisionNone]
        }
    }
}

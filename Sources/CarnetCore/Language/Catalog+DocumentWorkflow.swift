extension Catalog {
    // Words of the document viewer and the patient's document actions.
    static let documentWorkflowEnglish: [Phrase: String] = [:]

    static let documentWorkflowFrench: [Phrase: String] = [:]
}

/// What only carnet's own export writes — its extensions and codes for what FHIR R4 has no
/// element for (see `FHIRVocabulary`) — read back so that an export imported into an empty
/// record gives the same record.
extension FHIRElement {
    /// The `valueCode` (or `valueString`) of the extension with this URL.
    func carnetExtension(_ url: String) throws -> String? {
        for item in try objects("extension") where try item.string("url", limit: 500) == url {
            return try item.string("valueCode") ?? item.string("valueString")
        }
        return nil
    }

    func carnetFlag(_ url: String) throws -> Bool {
        for item in try objects("extension") where try item.string("url", limit: 500) == url {
            return try item.bool("valueBoolean") ?? false
        }
        return false
    }

    /// The first note's text (Annotation.text).
    func noteText() throws -> String? {
        try objects("note").first?.string("text")
    }
}

extension CodeableConcept {
    /// The codes of the codings in `system`.
    func codes(in system: String) -> [String] {
        codings.filter { $0.system == system }.compactMap(\.code)
    }
}

extension AccessEvent {
    /// Why it was refused (or the reason given for an emergency), in the reader's language.
    public func reasonWords(_ text: Catalog) -> String? {
        reason.map { AccessDenied.words(forStored: $0, text) }
    }
}

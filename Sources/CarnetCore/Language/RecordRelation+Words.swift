extension RecordRelation {
    /// "own", "child", "other" in the reader's language.
    public func words(_ text: Catalog) -> String {
        switch self {
        case .own: text[.relationOwn]
        case .child: text[.relationChild]
        case .other: text[.relationOther]
        }
    }
}

import CarnetCore

/// The Documents pane's keys, and an opened document's.
extension KeyMap {
    /// The Documents pane's keys; Esc and `x` show every document again once a filter is on.
    static func documentKeys(filtered: Bool) -> [KeyBinding] {
        var keys = [
            KeyBinding([.enter, .right, .char("l")], "Enter", .open, .keyOpenDocument, status: .statusOpen),
            KeyBinding([.char("/")], "/", .search, .keySearch, status: .statusSearch),
            KeyBinding([.char("c")], "c", .filterCategory, .keyFilterCategory),
            KeyBinding([.char("a")], "a", .addDocument, .keyAddDocument, status: .statusAdd),
            KeyBinding([.char("m")], "m", .toggleMask, .keyMask),
            KeyBinding([.char("d"), .delete], "d Del", .deleteDocument, .keyDeleteDocument),
        ]
        if filtered {
            keys.insert(
                KeyBinding(
                    [.escape, .char("x")], "Esc x", .clearDocumentFilter, .keyClearDocumentFilter,
                    status: .statusAll, statusLabel: "Esc"), at: 2)
        }
        return keys
    }

    /// An opened document's versions.
    static func documentPageKeys(_ page: TextPage) -> [KeyBinding] {
        guard case .document(_, _, let versions, _) = page.subject, versions.count > 1 else { return [] }
        return [KeyBinding([.char("v")], "v", .showVersions, .keyVersions, status: .statusVersions)]
    }
}

import Foundation

/// Where a newest-first list was left: the time and id of its last (or first) row.
public struct PageKey: Sendable, Hashable {
    public var date: Date
    public var id: Int64

    public init(date: Date, id: Int64) {
        self.date = date
        self.id = id
    }
}

/// Which page of a newest-first list to read. Keyset pagination: each page is one indexed
/// range scan, whatever its position, so the last page of a million rows is as cheap as the
/// first.
public enum PageRequest: Sendable, Hashable {
    /// The newest rows.
    case first
    /// Rows older than the key.
    case after(PageKey)
    /// Rows newer than the key (returned newest first, like every page).
    case before(PageKey)
    /// The oldest rows.
    case last
}

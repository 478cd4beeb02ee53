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

extension PageRequest {
    /// Reads a newest-first list a keyset page at a time — `pageSize` rows a page, `limit`
    /// rows in all (every row when nil) — and hands each row to `body`: memory holds one page,
    /// and no read stays open while `body` writes. `read` reads a page, `key` says where a row
    /// stands.
    public static func walk<Row>(
        limit: Int?, pageSize: Int, read: (PageRequest, Int) throws -> [Row], key: (Row) -> PageKey,
        _ body: (Row) throws -> Void
    ) throws {
        var remaining = limit ?? Int.max
        var page = PageRequest.first
        while remaining > 0 {
            let size = min(pageSize, remaining)
            let rows = try read(page, size)
            for row in rows { try body(row) }
            remaining -= rows.count
            guard rows.count == size, let last = rows.last else { return }
            page = .after(key(last))
        }
    }
}

import CarnetCore

/// A scrollable list over rows that stay in the database: only a window of rows around
/// what is visible is loaded, and pages are read by key in either direction.
public struct ListState: Equatable, Sendable {
    /// Rows read per request.
    public static let pageSize = 200
    /// At most this many rows are kept; the far side is dropped when more arrive.
    static let windowLimit = 1_000

    /// How many rows the list has in all.
    public var total = 0
    /// The loaded window; `rows[0]` is item number `offset` of the list.
    public private(set) var rows: [ListRow] = []
    public private(set) var offset = 0
    /// The focused item (absolute index).
    public var focus = 0
    /// The first visible item (absolute index).
    public var top = 0
    /// Whether a first load arrived.
    public var loaded = false
    /// Whether the record changed since the rows were read: they are read again around the
    /// focused row when the list is next shown.
    public private(set) var stale = false
    /// Whether the focus keeps its number when read again, rather than follow its row.
    private var staleKeepsNumber = false
    /// The row to read around and focus instead of the focused one.
    private var staleAnchor: PageKey?

    public init() {}

    /// The row at an absolute index, if it is loaded.
    public func row(at index: Int) -> ListRow? {
        let local = index - offset
        return rows.indices.contains(local) ? rows[local] : nil
    }

    /// Moves the focus by `delta` items (clamped) and scrolls it into a view of `height` rows.
    mutating func move(by delta: Int, height: Int) {
        moveFocus(to: focus + delta, height: height)
    }

    mutating func moveFocus(to index: Int, height: Int) {
        guard total > 0 else { return }
        focus = min(max(0, index), total - 1)
        scroll(height: height)
    }

    /// Keeps the focus on screen, and the screen full when the list allows.
    mutating func scroll(height: Int) {
        let height = max(1, height)
        if focus < top { top = focus }
        if focus >= top + height { top = focus - height + 1 }
        top = max(0, min(top, total - height))
    }

    /// The page to read so that every visible row is loaded, or nil when it already is.
    /// Home and End jump to the ends of the list; other moves read the next page by key.
    func neededPage(height: Int) -> PageRequest? {
        guard total > 0 else { return nil }
        let start = top
        let end = min(total, top + max(1, height))
        let loadedEnd = offset + rows.count
        if rows.isEmpty { return start == 0 ? .first : .last }
        if end > loadedEnd {
            if start > loadedEnd && end == total { return .last }
            return rows.last?.key.map(PageRequest.after)
        }
        if start < offset {
            if end < offset && start == 0 { return .first }
            return rows.first?.key.map(PageRequest.before)
        }
        return nil
    }

    /// Marks the rows as out of date; they stay shown until read again. After the patient's
    /// own change the focus keeps its number (what they added at the top is focused, the row
    /// after one they deleted takes its place); after someone else's it follows its row.
    mutating func markStale(keepingNumber: Bool) {
        guard loaded else { return }
        staleKeepsNumber = staleKeepsNumber || keepingNumber
        stale = true
    }

    /// Reads the list again around another row, and focuses it (what a notification is about).
    mutating func markStale(focusing key: PageKey) {
        stale = true
        staleKeepsNumber = false
        staleAnchor = key
    }

    /// Where a reload reads around: the row to focus, or else the focused row.
    var reloadAnchor: PageKey? { staleAnchor ?? row(at: focus)?.key }

    /// Takes the rows read again after a change. The focus follows its row (to where a
    /// removed one was) unless it keeps its number; the first visible item stays, so rows
    /// added above push the focus down rather than hide. A short list (no position) keeps
    /// its focus by number.
    mutating func reload(_ reload: ListReload) {
        rows = reload.rows
        offset = reload.offset
        total = max(reload.total, offset + rows.count)
        loaded = true
        if let focus = reload.focus, !staleKeepsNumber { self.focus = focus }
        stale = false
        staleKeepsNumber = false
        staleAnchor = nil
        focus = total > 0 ? min(max(0, focus), total - 1) : 0
    }

    /// Takes a page read for `request`.
    mutating func apply(_ request: PageRequest, rows page: [ListRow], total newTotal: Int?) {
        if let newTotal { total = newTotal }
        loaded = true
        switch request {
        case .first:
            rows = page
            offset = 0
        case .last:
            rows = page
            offset = max(0, total - page.count)
        case .after:
            rows += page
            if page.isEmpty { total = offset + rows.count }
            let excess = rows.count - Self.windowLimit
            if excess > 0 {
                rows.removeFirst(excess)
                offset += excess
            }
        case .before:
            rows = page + rows
            offset = max(0, offset - page.count)
            let excess = rows.count - Self.windowLimit
            if excess > 0 { rows.removeLast(excess) }
        }
        total = max(total, offset + rows.count)
        if total > 0 { focus = min(focus, total - 1) } else { focus = 0 }
    }
}

/// A list read again around its focused row: the rows, where the first of them stands, the
/// list's new length, and where the focused row now stands (nil: keep the focus's number).
public struct ListReload: Equatable, Sendable {
    public var rows: [ListRow]
    public var offset: Int
    public var total: Int
    public var focus: Int?

    public init(rows: [ListRow], offset: Int, total: Int, focus: Int?) {
        self.rows = rows
        self.offset = offset
        self.total = total
        self.focus = focus
    }
}

import CarnetCore

/// The two views of the Access history pane.
public enum AccessView: Equatable, Sendable {
    case history
    /// Who may access the record, and the switches that decide it.
    case whoMayAccess
}

/// What the access history lists: a filter, an order, and the filter's actor by name (for
/// saying the filter in words).
public struct HistoryQuery: Hashable, Sendable {
    public var filter = AccessHistoryFilter.all
    public var oldestFirst = false
    public var actorName: String?

    public init(filter: AccessHistoryFilter = .all, oldestFirst: Bool = false, actorName: String? = nil) {
        self.filter = filter
        self.oldestFirst = oldestFirst
        self.actorName = actorName
    }
}

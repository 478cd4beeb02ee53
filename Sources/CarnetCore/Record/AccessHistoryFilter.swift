import Foundation

/// Which events of the access history to list: by date range, by actor and by action.
///
/// ```swift
/// let filter = AccessHistoryFilter(since: start, until: end, actorId: "10000000001")
/// let page = try store.accessEvents(of: patient, matching: filter, limit: 40)
/// ```
public struct AccessHistoryFilter: Sendable, Hashable {
    /// The earliest time listed, inclusive.
    public var since: Date?
    /// The latest time listed, inclusive (times are whole seconds).
    public var until: Date?
    /// Only this actor's events: an RPPS, a FINESS or the patient's id.
    public var actorId: String?
    /// Only events of this action.
    public var action: AccessAction?

    public init(
        since: Date? = nil, until: Date? = nil, actorId: String? = nil, action: AccessAction? = nil
    ) {
        self.since = since
        self.until = until
        self.actorId = actorId
        self.action = action
    }

    /// Whether it lets every event through.
    public var isEmpty: Bool { self == .all }

    /// Every event.
    public static let all = AccessHistoryFilter()
}

import Foundation

/// Who accessed a record: keyset pages and counts under a filter, and the history's hash
/// chain (its head, its verification, what changed since a head was seen).
public protocol AccessHistoryQueries {
    func accessEvents(
        of patient: Int64, matching filter: AccessHistoryFilter, page: PageRequest, limit: Int
    ) throws -> [AccessEvent]
    func forEachAccessEvent(
        of patient: Int64, matching filter: AccessHistoryFilter, limit: Int?, pageSize: Int,
        _ body: (AccessEvent) throws -> Void
    ) throws
    func accessEventCount(of patient: Int64, matching filter: AccessHistoryFilter) throws -> Int
    func accessEventPosition(
        of key: PageKey, patient: Int64, matching filter: AccessHistoryFilter, oldestFirst: Bool
    ) throws -> Int
    func accessEvent(_ id: Int64, of patient: Int64) throws -> AccessEvent?
    /// The names events' targets stand for ("document 12" → its title), for those that exist.
    func targetNames(_ targets: [String], of patient: Int64) throws -> [String: String]

    /// Recomputes the chain from the first event (up to `last`) and says where it breaks.
    func verifyAccessChain(of patient: Int64, upTo last: Int64?) throws -> AccessChainReport
    func accessChainHead(of patient: Int64) throws -> AccessChainHead
    /// Whether the head carnet remembers is still in the history.
    func check(_ kept: KeptHead, of patient: Int64) throws -> HeadCheck
    /// The head now, and how the history changed since `seen` if it did not just grow (events
    /// gone or rewritten before the seen head): what a command checks as it opens a record.
    func accessChainHead(of patient: Int64, since seen: AccessChainHead) throws
        -> (head: AccessChainHead, change: HistoryChange?)
    func historyProblems(of patient: Int64) throws -> [HistoryProblem]
}

extension AccessHistoryQueries {
    // Defaults cannot be said in a requirement: these are the shorter calls.
    public func accessEvents(of patient: Int64, limit: Int) throws -> [AccessEvent] {
        try accessEvents(of: patient, matching: .all, page: .first, limit: limit)
    }

    public func accessEvents(of patient: Int64, matching filter: AccessHistoryFilter, limit: Int) throws
        -> [AccessEvent]
    {
        try accessEvents(of: patient, matching: filter, page: .first, limit: limit)
    }

    public func accessEvents(of patient: Int64, page: PageRequest, limit: Int) throws -> [AccessEvent] {
        try accessEvents(of: patient, matching: .all, page: page, limit: limit)
    }

    public func forEachAccessEvent(
        of patient: Int64, matching filter: AccessHistoryFilter = .all, limit: Int? = nil,
        _ body: (AccessEvent) throws -> Void
    ) throws {
        try forEachAccessEvent(of: patient, matching: filter, limit: limit, pageSize: 1_000, body)
    }

    public func accessEventCount(of patient: Int64) throws -> Int {
        try accessEventCount(of: patient, matching: .all)
    }

    public func accessEventPosition(
        of key: PageKey, patient: Int64, matching filter: AccessHistoryFilter
    ) throws -> Int {
        try accessEventPosition(of: key, patient: patient, matching: filter, oldestFirst: false)
    }

    /// How the history changed since `seen`, if it did not just grow.
    public func change(since seen: AccessChainHead, of patient: Int64) throws -> HistoryChange? {
        try accessChainHead(of: patient, since: seen).change
    }

    public func verifyAccessChain(of patient: Int64) throws -> AccessChainReport {
        try verifyAccessChain(of: patient, upTo: nil)
    }
}

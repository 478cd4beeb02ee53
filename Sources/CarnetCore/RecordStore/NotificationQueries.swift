import Foundation

/// A patient's notifications: pages, counts, the banners' newest ones, and those of
/// several records at once (the banners of every record the carnet holds).
public protocol NotificationQueries {
    func notices(of patient: Int64, unreadOnly: Bool, page: PageRequest, limit: Int) throws -> [Notice]
    func forEachNotice(
        of patient: Int64, unreadOnly: Bool, limit: Int?, pageSize: Int, _ body: (Notice) throws -> Void
    ) throws
    func noticeCount(of patient: Int64, unreadOnly: Bool) throws -> Int
    func noticePosition(of key: PageKey, patient: Int64, unreadOnly: Bool) throws -> Int
    func unreadNoticeCounts(of patient: Int64) throws -> [Notification.Kind: Int]
    /// The newest notices after the one with id `after`, newest first, and how many there are
    /// in all: what arrived since the last look.
    func notices(of patient: Int64, after: Int64, limit: Int) throws -> (notices: [Notice], count: Int)
    /// The same across several records (ids grow across records); each notice names its record.
    func notices(ofRecords patients: [Int64], after: Int64, limit: Int) throws
        -> (notices: [Notice], count: Int)
    func newestUnreadNotice(of patient: Int64, kinds: [Notification.Kind]) throws -> Notice?
    func latestNotificationId(of patient: Int64) throws -> Int64?
    func latestNotificationId(ofRecords patients: [Int64]) throws -> Int64?
    func notice(_ id: Int64, of patient: Int64) throws -> Notice?
    func notificationPreferences(of patient: Int64) throws -> NotificationPreferences
}

extension NotificationQueries {
    // Defaults cannot be said in a requirement: these are the shorter calls.
    public func notices(of patient: Int64, limit: Int) throws -> [Notice] {
        try notices(of: patient, unreadOnly: false, page: .first, limit: limit)
    }

    public func notices(of patient: Int64, unreadOnly: Bool, limit: Int) throws -> [Notice] {
        try notices(of: patient, unreadOnly: unreadOnly, page: .first, limit: limit)
    }

    public func notices(of patient: Int64, page: PageRequest, limit: Int) throws -> [Notice] {
        try notices(of: patient, unreadOnly: false, page: page, limit: limit)
    }

    public func forEachNotice(
        of patient: Int64, unreadOnly: Bool = false, limit: Int? = nil, _ body: (Notice) throws -> Void
    ) throws {
        try forEachNotice(of: patient, unreadOnly: unreadOnly, limit: limit, pageSize: 1_000, body)
    }

    public func noticeCount(of patient: Int64) throws -> Int {
        try noticeCount(of: patient, unreadOnly: false)
    }

    public func noticePosition(of key: PageKey, patient: Int64) throws -> Int {
        try noticePosition(of: key, patient: patient, unreadOnly: false)
    }
}

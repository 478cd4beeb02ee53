import Foundation
import GRDB

/// Tells whether the record changed since the last look, whoever changed it: another
/// process (`carnet pro` in another terminal) or this one. GRDB does not see other
/// processes' writes; `PRAGMA data_version` does, but it is per connection and changes only
/// for commits made by other connections, so the watcher keeps one connection of its own
/// and asks it. One pragma on an open connection: cheap enough to ask a few times a second.
///
/// ```swift
/// let feed = try store.changeFeed()
/// if feed.recordChanged() { /* read what is on screen again */ }
/// ```
public final class ChangeWatcher: ChangeFeed, @unchecked Sendable {
    private let database: DatabaseQueue
    private let lock = NSLock()
    private var version: Int?

    init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        database = try DatabaseQueue(path: path, configuration: config)
        version = try currentVersion()
    }

    /// Whether a commit happened since the last call (or since the watcher was made). A
    /// record that cannot be read counts as unchanged: the next look tries again.
    public func recordChanged() -> Bool {
        lock.withLock {
            guard let now = try? currentVersion() else { return false }
            defer { version = now }
            return version != now
        }
    }

    /// A file on this machine is always there to ask.
    public var connection: RecordConnection { .connected }

    private func currentVersion() throws -> Int? {
        try database.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }
}

extension SQLiteStore {
    /// A feed of this record's changes: `data_version` on a connection of its own.
    public func changeFeed() throws -> any ChangeFeed {
        do {
            return try ChangeWatcher(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.describe(error))
        }
    }
}

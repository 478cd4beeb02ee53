import CarnetCore
import Foundation
import PostgresNIO

/// The change feed of a record on a PostgreSQL server: `LISTEN carnet_record` on a connection
/// of its own, woken by the notifications the schema's triggers send at each commit (each
/// naming its patient). When the connection drops (the server restarts, an administrator
/// ends it), the feed says so (`connection` is `.lost`) and reconnects by itself; once back it
/// reports a change, since notifications sent meanwhile were not heard: the reader reads again
/// what it shows, and misses nothing, since notifications are rows.
public final class PostgresChangeFeed: ChangeFeed, @unchecked Sendable {
    /// The name the feed's connection gives the server (`pg_stat_activity.application_name`).
    public static let applicationName = "carnet change feed"

    private let location: PostgresLocation
    private let environment: [String: String]
    private let home: String
    private let retryInterval: TimeInterval
    private let retries = DispatchQueue(label: "carnet.postgres.change-feed")
    // Guards everything below: the event loop, the retry queue and the reader touch it.
    private let lock = NSLock()
    private var changed = false
    private var patients: Set<Int64> = []
    private var state: RecordConnection = .connected
    private var session: PostgresSession?
    private var closed = false

    /// Connects and listens; fails as `PostgresSession.connect` does when the server cannot
    /// be reached at first.
    public init(
        location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String = NSHomeDirectory(), retryInterval: TimeInterval = 0.5
    ) throws {
        self.location = location
        self.environment = environment
        self.home = home
        self.retryInterval = retryInterval
        try listen()
    }

    deinit { close() }

    public func recordChanged() -> Bool {
        // Nothing heard yet: one round trip on the listening connection first. The server
        // sends the notifications of every commit that ended before it ahead of its answer
        // (the listener runs as each arrives), so a change committed before this call is
        // never reported a poll late.
        if let session = lock.withLock({ changed ? nil : session }) { _ = try? session.query("SELECT 1") }
        return lock.withLock {
            defer { changed = false }
            return changed
        }
    }

    public var connection: RecordConnection { lock.withLock { state } }

    /// The patients whose records changed since the last call (empty after a reconnection,
    /// when the feed cannot know whose).
    public func changedPatients() -> Set<Int64> {
        lock.withLock {
            defer { patients = [] }
            return patients
        }
    }

    /// Stops listening and closes the connection.
    public func close() {
        let session = lock.withLock {
            closed = true
            defer { self.session = nil }
            return self.session
        }
        try? session?.close()
    }

    private func listen() throws {
        let session = try PostgresSession.connect(
            to: location, environment: environment, home: home, timeout: .seconds(2),
            applicationName: Self.applicationName)
        session.connection.addListener(channel: PostgresSchema.changeChannel) { [weak self] _, notification in
            self?.heard(notification.payload)
        }
        try session.query("LISTEN carnet_record")
        lock.withLock { self.session = session }
        session.connection.closeFuture.whenComplete { [weak self] _ in self?.lost() }
    }

    private func heard(_ payload: String) {
        lock.withLock {
            changed = true
            if let patient = Int64(payload) { patients.insert(patient) }
        }
    }

    private func lost() {
        let retry = lock.withLock {
            guard !closed else { return false }
            if case .connected = state { state = .lost(since: Date()) }
            session = nil
            return true
        }
        if retry { retries.asyncAfter(deadline: .now() + retryInterval) { [weak self] in self?.reconnect() } }
    }

    private func reconnect() {
        guard !lock.withLock({ closed }) else { return }
        do {
            try listen()
            lock.withLock {
                state = .connected
                changed = true
            }
        } catch {
            retries.asyncAfter(deadline: .now() + retryInterval) { [weak self] in self?.reconnect() }
        }
    }
}

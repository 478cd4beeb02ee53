import Foundation

/// The sessions a store talks to its server on: one per concurrent call, kept for the next
/// one. A browser reads from its run loop while a background reader pages ahead; each takes
/// its own session, since a PostgreSQL connection runs one statement at a time.
final class PostgresSessionPool: @unchecked Sendable {
    private let connect: () throws -> PostgresSession
    private let lock = NSLock()
    private var idle: [PostgresSession] = []
    private var closed = false
    /// Sessions kept idle beyond this are closed: enough for the browser's readers.
    private let keep = 4

    init(first: PostgresSession, connect: @escaping () throws -> PostgresSession) {
        self.connect = connect
        idle = [first]
    }

    /// Runs `body` on a session of the pool (a new one when all are busy). A session that
    /// failed outside a statement (its connection lost) is not given back.
    func with<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let session = try take()
        do {
            let result = try body(session)
            give(session)
            return result
        } catch let error as PostgresSessionError {
            if case .lost = error { try? session.close() } else { give(session) }
            throw error
        } catch {
            give(session)
            throw error
        }
    }

    /// Closes every idle session; later calls fail.
    func close() {
        let sessions = lock.withLock {
            closed = true
            defer { idle = [] }
            return idle
        }
        for session in sessions { try? session.close() }
    }

    private func take() throws -> PostgresSession {
        let session: PostgresSession? = try lock.withLock {
            if closed { throw PostgresSessionError.lost(server: "", reason: "the store is closed") }
            return idle.popLast()
        }
        return try session ?? connect()
    }

    private func give(_ session: PostgresSession) {
        let extra: PostgresSession? = lock.withLock {
            if closed || idle.count >= keep { return session }
            idle.append(session)
            return nil
        }
        if let extra { try? extra.close() }
    }
}

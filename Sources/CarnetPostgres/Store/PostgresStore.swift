import CarnetCore
import Foundation
import PostgresNIO

/// A record on a PostgreSQL server: the `RecordStore` of a clinic or a health network, whose
/// kiosks and professionals' clients reach it from many machines. The schema
/// (`PostgresSchema`) holds the same rules as the SQLite file's; every statement of this
/// store is a named query of this folder.
///
/// ```swift
/// let store = try PostgresStore.open(url: "postgres://carnet@db.clinic/carnet", .existing)
/// let patient = try store.patient(matching: "2")
/// ```
public final class PostgresStore: @unchecked Sendable {
    public let place: PostgresLocation
    /// The URL without its password, as the user may be told it.
    public var location: String { place.description }
    /// Opened for reading only: every session is read-only, so no code path can write.
    public let isReadOnly: Bool
    let sessions: PostgresSessionPool
    let environment: [String: String]
    let home: String

    private init(
        place: PostgresLocation, readOnly: Bool, sessions: PostgresSessionPool,
        environment: [String: String], home: String
    ) {
        self.place = place
        self.isReadOnly = readOnly
        self.sessions = sessions
        self.environment = environment
        self.home = home
    }

    /// Opens the record a URL names, as asked: `.create` refuses a database that holds a
    /// record already; `.existing`, `.reading` and `.readOnly` find no record in an empty
    /// database, and the last two refuse one whose schema is not current (migrating would
    /// write); `.writing` creates or updates the schema.
    public static func open(
        url: String, _ how: StoreOpening, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String = NSHomeDirectory()
    ) throws -> PostgresStore {
        let place: PostgresLocation
        do {
            place = try PostgresLocation(url: url, environment: environment)
        } catch let error as PostgresLocationError {
            throw StoreError.cannotOpen(path: describe(url), reason: error.description)
        }
        let readOnly = how == .readOnly
        let connect = { () throws -> PostgresSession in
            let session = try PostgresSession.connect(to: place, environment: environment, home: home)
            // The kiosk's sessions refuse every write, whatever its role may do.
            if readOnly { try session.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY") }
            return session
        }
        let first: PostgresSession
        do {
            first = try connect()
        } catch let error as PostgresSessionError {
            // "cannot open postgres://…: cannot reach the PostgreSQL server at …", in the reader's language.
            throw StoreError.cannotOpen(path: place.description, reason: error.description)
        }
        do {
            try prepare(first, how, place: place)
        } catch {
            try? first.close()
            throw refusal(error)
        }
        return PostgresStore(
            place: place, readOnly: readOnly, sessions: PostgresSessionPool(first: first, connect: connect),
            environment: environment, home: home)
    }

    /// The store carnet's executable registers for `postgres://` and `postgresql://` URLs.
    public static let server = ServerStore(
        schemes: ["postgres", "postgresql"], open: { url, how in try PostgresStore.open(url: url, how) },
        describe: describe)

    /// A URL as it may be shown: never its password (nor a malformed URL's).
    static func describe(_ url: String) -> String {
        if let place = try? PostgresLocation(url: url, environment: [:]) { return place.description }
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + "…" + rest[at...]
    }

    private static func prepare(_ session: PostgresSession, _ how: StoreOpening, place: PostgresLocation) throws {
        let name = place.description
        switch how {
        case .create:
            if try PostgresSchema.isCurrent(session) || hasRecordTable(session) {
                throw StoreError.recordExists(path: name)
            }
            try PostgresSchema.migrate(session)
        case .reading, .readOnly:
            if try !PostgresSchema.isCurrent(session) {
                throw try hasRecordTable(session) ? StoreError.needsUpdate(path: name) : StoreError.noRecord(path: name)
            }
        case .existing:
            // A current record (every command's case) costs the one check `migrate` makes;
            // an empty database is no record yet (`carnet demo` then writes one there).
            if try PostgresSchema.isCurrent(session) { return }
            if try !hasRecordTable(session) && !hasOtherTables(session) { throw StoreError.noRecord(path: name) }
            try PostgresSchema.migrate(session)
        case .writing:
            // A writing command (a copy into a new database) makes an empty database a record.
            try PostgresSchema.migrate(session)
        }
    }

    private static func hasOtherTables(_ session: PostgresSession) throws -> Bool {
        try session.value(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())", as: Bool.self) ?? false
    }

    private static func hasRecordTable(_ session: PostgresSession) throws -> Bool {
        try session.value("SELECT to_regclass('carnet_schema') IS NOT NULL", as: Bool.self) ?? false
    }

    // MARK: - Sessions and transactions

    /// Runs `body` on a session of the store, outside a transaction: each statement sees the
    /// record as committed when it starts (a single query is a consistent read of its own).
    func reading<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try sessions.with(body)
        } catch {
            throw Self.refusal(error)
        }
    }

    /// Runs `body` in one read-only transaction that sees a single moment of the record.
    func readTransaction<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
        try reading { session in
            // Sent, not awaited: the body's first statement waits for it (see `send`).
            session.send("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let result = try body(PostgresTransaction(session: session))
                // A read-only transaction has nothing to lose: its COMMIT's answer is awaited
                // by the session's next statement, whoever runs it.
                session.send("COMMIT")
                return result
            } catch {
                _ = try? session.query("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs `body` in one write transaction: committed when it returns, rolled back when it
    /// throws. Appends to a patient's history take that patient's advisory lock inside it.
    func writeTransaction<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnlyRecord(path: location) }
        return try reading { session in
            try session.transaction { session in try body(PostgresTransaction(session: session)) }
        }
    }

    /// Closes every session; the store cannot be used afterwards.
    public func close() throws {
        sessions.close()
    }

    deinit { sessions.close() }

    /// The record's own rules (its triggers) said in the reader's language, as `SQLiteStore.refusal` says them; any other
    /// refusal with the server's words. Other errors pass unchanged.
    static func refusal(_ error: any Error) -> any Error {
        guard let error = error as? PostgresSessionError, case .refused(let message, _) = error else {
            return error
        }
        let rules: [String: Phrase] = [
            "the treating doctor cannot be blocked": .ruleTreatingDoctorNotBlocked,
            "the treating doctor must be a physician who is not blocked": .ruleTreatingDoctorPhysician,
            "the access history is append-only": .ruleAppendOnly,
        ]
        if let phrase = rules[message] { return StoreError.rule(phrase, []) }
        // A role's missing right (42501: the kiosk's role writing, the application's role
        // changing the history) and a read-only session (25006) keep the server's words,
        // which say which table or transaction refused.
        return StoreError.refused(message)
    }
}

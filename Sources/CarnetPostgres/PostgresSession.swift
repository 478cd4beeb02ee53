import Foundation
import NIOConcurrencyHelpers
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: each call waits for the
/// driver's answer, as carnet's record store is synchronous. The driver runs on its own
/// event loop threads; never call a session from one of them.
///
/// ```swift
/// let session = try PostgresSession.connect(to: PostgresLocation(url: "postgres://carnet@db/carnet"))
/// let rows = try session.query("SELECT count(*) FROM patient")
/// try session.close()
/// ```
public final class PostgresSession: Sendable {
    public let location: PostgresLocation
    /// The driver's connection (the change feed listens on it).
    let connection: PostgresConnection
    let logger: Logger
    /// Statements sent without waiting (`send`): the next `query` waits for them first.
    private let sent = NIOLockedValueBox<[EventLoopFuture<PostgresQueryResult>]>([])

    private init(location: PostgresLocation, connection: PostgresConnection, logger: Logger) {
        self.location = location
        self.connection = connection
        self.logger = logger
    }

    /// Connects and logs in, with the password from the URL, `PGPASSWORD` or `~/.pgpass`,
    /// as `applicationName` in the server's list of sessions.
    /// Fails with a message that names the server (never the password) when it cannot be
    /// reached, refuses the login, or has no such database.
    public static func connect(
        to location: PostgresLocation,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String = NSHomeDirectory(),
        timeout: TimeAmount = .seconds(10),
        applicationName: String = "carnet"
    ) throws -> PostgresSession {
        let password = PostgresPassword(for: location, environment: environment, home: home)
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: password.value,
            database: location.database, tls: try tls(for: location))
        configuration.options.connectTimeout = timeout
        // What the server's administrator sees in pg_stat_activity.
        configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        // The driver's own log lines would land on the browser's screen: only the critical.
        var logger = Logger(label: "carnet.postgres")
        logger.logLevel = .critical
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1,
                logger: logger
            ).wait()
            return PostgresSession(location: location, connection: connection, logger: logger)
        } catch {
            throw PostgresSessionError.connecting(error, to: location, notes: password.notes)
        }
    }

    /// Runs one statement (bound values interpolated with `\(value)` are sent apart from the
    /// SQL) and returns its rows.
    @discardableResult
    public func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        // Queued on the connection behind what was sent before it, so it runs after them.
        let answer = connection.query(query, logger: logger)
        let earlier = sent.withLockedValue { sent in
            defer { sent = [] }
            return sent
        }
        do {
            for statement in earlier { _ = try statement.wait() }
            return try answer.wait().rows
        } catch {
            throw PostgresSessionError.failed(error, server: location.serverName)
        }
    }

    /// Sends a statement and returns at once: its answer, or its failure, comes with the next
    /// `query`. A read transaction's `BEGIN` and `COMMIT` go so, saving the caller two waits
    /// on the driver's thread per read.
    public func send(_ query: PostgresQuery) {
        let answer = connection.query(query, logger: logger)
        sent.withLockedValue { $0.append(answer) }
    }

    /// Runs `statements` one after the other, in one transaction: all of them land, or none.
    public func execute(_ statements: [String]) throws {
        try transaction { session in
            for statement in statements { try session.query(PostgresQuery(unsafeSQL: statement)) }
        }
    }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    public func transaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        try query("BEGIN")
        do {
            let result = try body(self)
            try query("COMMIT")
            return result
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// Ends the session; it cannot be used afterwards.
    public func close() throws {
        try connection.close().wait()
    }

    private static func tls(for location: PostgresLocation) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .prefer, .require:
            // libpq's prefer and require encrypt without checking who answers.
            configuration.certificateVerification = .none
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
            if let authorities = location.rootCertificate { configuration.trustRoots = .file(authorities) }
        }
        do {
            let context = try NIOSSLContext(configuration: configuration)
            return location.sslMode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw PostgresSessionError.tls(server: location.serverName, reason: String(describing: error))
        }
    }
}

extension PostgresLocation {
    /// `host:port`, as messages name the server.
    var serverName: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}

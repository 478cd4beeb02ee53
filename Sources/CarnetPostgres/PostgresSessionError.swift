import Foundation
import PostgresNIO

/// What went wrong with a PostgreSQL session, said for the person at the keyboard. No case
/// carries a password: the driver's errors are read for their code and the server's message
/// only.
public enum PostgresSessionError: Error, Equatable, CustomStringConvertible {
    /// Nothing answered at host:port (refused, unknown host, timeout).
    case unreachable(server: String, reason: String)
    /// The server answered but refused to let this user in.
    case loginRefused(server: String, user: String, reason: String)
    /// The server has no database of that name.
    case noDatabase(server: String, database: String)
    /// The protected link could not be set up.
    case tls(server: String, reason: String)
    /// The server refused a statement; `sqlState` is its five-character error code.
    case refused(message: String, sqlState: String)
    /// The connection broke during a statement.
    case lost(server: String, reason: String)

    public var description: String {
        switch self {
        case .unreachable(let server, let reason):
            "cannot reach the PostgreSQL server at \(server): \(reason)"
        case .loginRefused(let server, let user, let reason):
            "the PostgreSQL server at \(server) refused the login of \(user): \(reason)"
        case .noDatabase(let server, let database):
            "the PostgreSQL server at \(server) has no database \"\(database)\" (create it with: createdb \(database))"
        case .tls(let server, let reason):
            "cannot set up TLS with the PostgreSQL server at \(server): \(reason)"
        case .refused(let message, _):
            message
        case .lost(let server, let reason):
            "lost the connection to the PostgreSQL server at \(server): \(reason)"
        }
    }

    /// The server's error code (SQLSTATE) of a refused statement.
    public var sqlState: String? {
        if case .refused(_, let state) = self { return state }
        return nil
    }

    /// A failure to connect and log in.
    static func connecting(_ error: any Error, to location: PostgresLocation, notes: [String]) -> Self {
        let server = location.serverName
        let hint = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
        guard let error = error as? PSQLError else {
            return .unreachable(server: server, reason: reason(of: error))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "no reason given"
            if state == "3D000" { return .noDatabase(server: server, database: location.database) }
            if state.hasPrefix("28") {
                return .loginRefused(server: server, user: location.user, reason: message + hint)
            }
            return .unreachable(server: server, reason: message)
        case .authMechanismRequiresPassword:
            return .loginRefused(
                server: server, user: location.user,
                reason: "it asks for a password, and none is in the URL, PGPASSWORD or ~/.pgpass" + hint)
        case .unsupportedAuthMechanism:
            return .loginRefused(
                server: server, user: location.user,
                reason: "it asks for a kind of login that carnet cannot do")
        case .saslError:
            return .loginRefused(
                server: server, user: location.user, reason: "the password exchange failed" + hint)
        case .sslUnsupported:
            return .tls(
                server: server,
                reason: "the server does not offer TLS, and sslmode=\(location.sslMode.rawValue) requires it")
        case .failedToAddSSLHandler:
            return .tls(server: server, reason: error.underlying.map(reason(of:)) ?? "the TLS handler failed")
        default:
            if let underlying = error.underlying, let refusal = tlsRefusal(underlying) {
                return .tls(server: server, reason: refusal)
            }
            return .unreachable(
                server: server, reason: error.underlying.map(reason(of:)) ?? error.code.description)
        }
    }

    /// What a failed TLS handshake means for the user, or nil when the error is not TLS's.
    private static func tlsRefusal(_ error: any Error) -> String? {
        guard error is NIOSSLError || error is BoringSSLError else { return nil }
        if String(describing: error).contains("CERTIFICATE_VERIFY_FAILED") {
            return "its certificate is not signed by an authority this machine trusts"
                + " (name the authority's certificate with sslrootcert=FILE in the URL)"
        }
        return "the TLS handshake failed (\(error))"
    }

    /// A failure of a statement on an open session.
    static func failed(_ error: any Error, server: String) -> Self {
        guard let error = error as? PSQLError else { return .lost(server: server, reason: reason(of: error)) }
        if error.code == .server, let info = error.serverInfo {
            return .refused(message: info[.message] ?? "refused", sqlState: info[.sqlState] ?? "")
        }
        return .lost(server: server, reason: error.underlying.map(reason(of:)) ?? error.code.description)
    }

    /// The plain words of a network or TLS error, rather than a type dump.
    private static func reason(of error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return "no such host"
            }
            if let first = error.connectionErrors.first { return reason(of: first.error) }
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? ChannelError, case .connectTimeout = error { return "no answer (timed out)" }
        if let error = error as? NIOSSLError { return "TLS: \(error)" }
        if let error = error as? BoringSSLError { return "TLS: \(error)" }
        return String(describing: error)
    }
}

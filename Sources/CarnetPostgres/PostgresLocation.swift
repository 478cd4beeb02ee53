import Foundation

/// Where a PostgreSQL record lives: a server, a database, who logs in and how the link is
/// protected. Read from a `postgres://` or `postgresql://` URL as libpq reads one, with libpq's
/// environment variables (`PGUSER`, `PGHOST`, `PGPORT`, `PGDATABASE`, `PGSSLMODE`) for what
/// the URL leaves out.
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://carnet@db.example:5432/carnet?sslmode=require")
/// print(location)   // postgres://carnet@db.example:5432/carnet?sslmode=require
/// ```
///
/// A password written in the URL is kept but never shown: not in `description`, not in
/// `debugDescription`, not in a `dump`, not in an error.
public struct PostgresLocation: Sendable, Equatable {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// The certificate authorities to trust for `verify-full` (`sslrootcert`), instead of
    /// the system's.
    public var rootCertificate: String?
    /// The password written in the URL, if any (`PostgresPassword` looks further).
    let urlPassword: String?

    /// How the link to the server is protected, as libpq's `sslmode` says it.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without checking the certificate.
        case require
        /// TLS, with a certificate signed by a trusted authority for this host name.
        case verifyFull = "verify-full"
    }

    /// The environment variable that names the database when `--db` does not.
    public static let environmentVariable = "CARNET_DATABASE_URL"

    /// Whether `text` is a PostgreSQL URL rather than the path of a record file.
    public static func isURL(_ text: String) -> Bool {
        scheme(of: text) != nil
    }

    /// The location named by `CARNET_DATABASE_URL`, or nil when it is unset or empty.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> PostgresLocation? {
        guard let url = environment[environmentVariable], !url.isEmpty else { return nil }
        return try PostgresLocation(url: url, environment: environment)
    }

    /// Reads a URL of the form `postgres://[user[:password]@][host][:port][/database][?sslmode=…]`
    /// (`postgresql://` too); names may be percent-encoded, and an IPv6 host goes in brackets.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let scheme = Self.scheme(of: url) else { throw PostgresLocationError.notAURL }
        var rest = Substring(url.dropFirst(scheme.count))
        var query = Substring("")
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        // The user part ends at the last '@' (one in a database name must be percent-encoded),
        // so that a password holding a '/' or ':' never spills into the host or the path.
        var userPart: Substring?
        if let at = rest.lastIndex(of: "@") {
            userPart = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var urlUser: String?
        var urlPassword: String?
        if let userPart {
            if let colon = userPart.firstIndex(of: ":") {
                urlUser = try Self.decode(userPart[..<colon], part: "user name")
                urlPassword = try Self.decode(userPart[userPart.index(after: colon)...], part: "password")
            } else {
                urlUser = try Self.decode(userPart, part: "user name")
            }
        }
        let (urlHost, urlPort) = try Self.hostAndPort(rest)
        let parameters = try Self.parameters(query)

        self.user = Self.firstNonEmpty(urlUser, environment["PGUSER"]) ?? Self.loginName()
        self.urlPassword = (urlPassword?.isEmpty ?? true) ? nil : urlPassword
        self.host =
            Self.firstNonEmpty(urlHost, environment["PGHOST"].flatMap { $0.hasPrefix("/") ? nil : $0 })
            ?? "localhost"
        self.port = try Self.port(Self.firstNonEmpty(urlPort, environment["PGPORT"]))
        self.database =
            Self.firstNonEmpty(try Self.decode(path, part: "database name"), environment["PGDATABASE"])
            ?? user
        let mode =
            Self.firstNonEmpty(parameters["sslmode"], environment["PGSSLMODE"]) ?? SSLMode.prefer.rawValue
        guard let sslMode = SSLMode(rawValue: mode) else { throw PostgresLocationError.unknownSSLMode(mode) }
        self.sslMode = sslMode
        self.rootCertificate = Self.firstNonEmpty(parameters["sslrootcert"], environment["PGSSLROOTCERT"])
    }

    // MARK: - Reading the parts

    private static func scheme(of text: String) -> String? {
        ["postgres://", "postgresql://"].first { text.lowercased().hasPrefix($0) }
    }

    private static func decode(_ text: Substring, part: String) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw PostgresLocationError.badEscape(part: part)
        }
        return decoded
    }

    private static func hostAndPort(_ text: Substring) throws -> (String?, String?) {
        if text.contains(",") { throw PostgresLocationError.severalHosts }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw PostgresLocationError.badHost }
            let host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if after.isEmpty { return (host, nil) }
            guard after.hasPrefix(":") else { throw PostgresLocationError.badHost }
            return (host, String(after.dropFirst()))
        }
        if let colon = text.lastIndex(of: ":") {
            return (try decode(text[..<colon], part: "host"), String(text[text.index(after: colon)...]))
        }
        return (try decode(text, part: "host"), nil)
    }

    private static func port(_ text: String?) throws -> Int {
        guard let text else { return 5432 }
        guard let port = Int(text), (1...65535).contains(port) else {
            throw PostgresLocationError.badPort(text)
        }
        return port
    }

    private static let knownParameters: Set<String> = ["sslmode", "sslrootcert"]

    private static func parameters(_ query: Substring) throws -> [String: String] {
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0], part: "parameter name")
            guard knownParameters.contains(name) else { throw PostgresLocationError.unknownParameter(name) }
            parameters[name] = try decode(parts.count > 1 ? parts[1] : "", part: name)
        }
        return parameters
    }

    private static func firstNonEmpty(_ candidates: String?...) -> String? {
        candidates.compactMap { $0 }.first { !$0.isEmpty }
    }

    /// The login name of this process's user, libpq's default user name.
    private static func loginName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.userName
    }
}

extension PostgresLocation: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The URL without its password: safe to print, log and show on a status line.
    public var description: String {
        let user = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        let database = database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? database
        let host = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)"
    }

    public var debugDescription: String { description }

    /// What `dump` and debuggers show: everything but the password.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "user": user, "host": host, "port": port, "database": database, "sslMode": sslMode,
                "rootCertificate": rootCertificate as Any,
                "password": urlPassword == nil ? "none" : "(hidden)",
            ])
    }
}

/// Why a database URL was refused. The messages never repeat the URL: it may hold a password.
public enum PostgresLocationError: Error, Equatable, CustomStringConvertible {
    case notAURL
    case severalHosts
    case badHost
    case badPort(String)
    case badEscape(part: String)
    case unknownParameter(String)
    case unknownSSLMode(String)

    public var description: String {
        switch self {
        case .notAURL:
            "a PostgreSQL database is named by a URL beginning with postgres:// or postgresql://"
        case .severalHosts:
            "the database URL names several hosts; carnet connects to one server"
        case .badHost:
            "the host of the database URL is not readable (an IPv6 address goes in brackets: [::1]:5432)"
        case .badPort(let port):
            "the port \"\(port)\" of the database URL is not a number from 1 to 65535"
        case .badEscape(let part):
            "the \(part) of the database URL has a malformed %-escape"
        case .unknownParameter(let name):
            "unknown parameter \"\(name)\" in the database URL (carnet reads sslmode and sslrootcert)"
        case .unknownSSLMode(let mode):
            "unknown sslmode \"\(mode)\": use disable, prefer, require or verify-full"
        }
    }
}

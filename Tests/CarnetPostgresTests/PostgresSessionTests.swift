import CarnetTestSupport
import Foundation
import PostgresNIO
import Testing

@testable import CarnetPostgres

/// Connecting to a real server: the throwaway cluster of the tests.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
final class PostgresSessionTests {
    let cluster: PostgresCluster
    let database: String
    /// A login role of this test, with a password of its own.
    let role = "clerk_" + UUID().uuidString.prefix(8).lowercased()
    let secret = "S3cret-" + UUID().uuidString
    let home = NSTemporaryDirectory() + "carnet-home-" + UUID().uuidString

    init() throws {
        cluster = try PostgresCluster.shared()
        database = try cluster.makeDatabase("session")
        try cluster.psql("CREATE ROLE \(role) LOGIN PASSWORD '\(secret)'")
        try cluster.psql("ALTER DATABASE \(database) OWNER TO \(role)")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    func location(password: String? = nil, database: String? = nil, port: Int? = nil) throws
        -> PostgresLocation
    {
        let user = password.map { "\(role):\($0)" } ?? role
        return try PostgresLocation(
            url:
                "postgres://\(user)@\(cluster.host):\(port ?? cluster.port)/\(database ?? self.database)?sslmode=disable",
            environment: [:])
    }

    @Test func logsInWithThePasswordOfTheURLAndRunsAQuery() throws {
        let session = try PostgresSession.connect(
            to: location(password: secret), environment: [:], home: home)
        defer { try? session.close() }
        let rows = try session.query("SELECT current_user, current_database()")
        let (user, name) = try rows[0].decode((String, String).self)
        #expect(user == role)
        #expect(name == database)
    }

    @Test func logsInWithPGPASSWORD() throws {
        let session = try PostgresSession.connect(
            to: location(), environment: ["PGPASSWORD": secret], home: home)
        try session.close()
    }

    @Test func logsInWithThePasswordFile() throws {
        let file = home + "/.pgpass"
        try "\(cluster.host):\(cluster.port):*:\(role):\(secret)\n".write(
            toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let session = try PostgresSession.connect(to: location(), environment: [:], home: home)
        try session.close()
    }

    @Test func aWrongPasswordIsALoginRefusedThatDoesNotRepeatIt() throws {
        let wrong = "Wr0ng-" + UUID().uuidString
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(to: location(password: wrong), environment: [:], home: home)
        }
        #expect(
            error?.description
                == "the PostgreSQL server at 127.0.0.1:\(cluster.port) refused the login of \(role): password authentication failed for user \"\(role)\""
        )
        #expect(error.map { !String(reflecting: $0).contains(wrong) && !"\($0)".contains(wrong) } == true)
    }

    @Test func noPasswordAnywhereSaysWhereItLooked() throws {
        let file = home + "/.pgpass"
        try "*:*:*:*:\(secret)\n".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(to: location(), environment: [:], home: home)
        }
        #expect(
            error?.description
                == "the PostgreSQL server at 127.0.0.1:\(cluster.port) refused the login of \(role): it asks for a password, and none is in the URL, PGPASSWORD or ~/.pgpass (the password file \(file) was ignored: others can read it (make it private: chmod 600 \(file)))"
        )
        #expect(error.map { !"\($0)".contains(secret) } == true)
    }

    @Test func aMissingDatabaseIsNamed() throws {
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(
                to: location(password: secret, database: "nowhere"), environment: [:], home: home)
        }
        #expect(error == .noDatabase(server: "127.0.0.1:\(cluster.port)", database: "nowhere"))
        #expect(
            error?.description.hasPrefix(
                "the PostgreSQL server at 127.0.0.1:\(cluster.port) has no database \"nowhere\"") == true)
    }

    @Test func anUnreachableServerIsNamedWithTheReason() throws {
        // Port 1 (tcpmux) has no listener on a test machine: the kernel refuses at once.
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(to: location(password: secret, port: 1), environment: [:], home: home)
        }
        #expect(error?.description == "cannot reach the PostgreSQL server at 127.0.0.1:1: connection refused")
        #expect(error.map { !"\($0)".contains(secret) } == true)
    }

    @Test func anUnknownHostIsUnreachable() throws {
        let location = try PostgresLocation(
            url: "postgres://\(role):\(secret)@no-such-host.invalid/x?sslmode=disable", environment: [:])
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(to: location, environment: [:], home: home)
        }
        #expect(
            error?.description.hasPrefix("cannot reach the PostgreSQL server at no-such-host.invalid:5432: ")
                == true)
        #expect(error.map { !"\($0)".contains(secret) } == true)
    }

    /// Whether this session's link to the server is encrypted.
    func isEncrypted(_ session: PostgresSession) throws -> Bool {
        try session.run("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")[0].decode(Bool.self)
    }

    func tlsLocation(_ mode: String, rootCertificate: String? = nil) throws -> PostgresLocation {
        let root = rootCertificate.map { "&sslrootcert=\($0)" } ?? ""
        return try PostgresLocation(
            url:
                "postgres://\(role):\(secret)@\(cluster.host):\(cluster.port)/\(database)?sslmode=\(mode)\(root)",
            environment: [:])
    }

    @Test func eachSSLModeGetsTheLinkItAsksFor() throws {
        _ = try #require(cluster.tlsCertificate, "the test cluster has TLS only where openssl is installed")
        for (mode, encrypted) in [("disable", false), ("prefer", true), ("require", true)] {
            let session = try PostgresSession.connect(to: tlsLocation(mode), environment: [:], home: home)
            defer { try? session.close() }
            #expect(try isEncrypted(session) == encrypted, "sslmode=\(mode)")
        }
    }

    @Test func verifyFullChecksTheServersCertificate() throws {
        let certificate = try #require(
            cluster.tlsCertificate, "the test cluster has TLS only where openssl is installed")
        let session = try PostgresSession.connect(
            to: tlsLocation("verify-full", rootCertificate: certificate), environment: [:], home: home)
        #expect(try isEncrypted(session))
        try session.close()
        // The system's authorities never signed the test cluster's certificate.
        let error = #expect(throws: PostgresSessionError.self) {
            try PostgresSession.connect(to: tlsLocation("verify-full"), environment: [:], home: home)
        }
        #expect(
            error?.description
                == "cannot set up TLS with the PostgreSQL server at 127.0.0.1:\(cluster.port): its certificate is not signed by an authority this machine trusts (name the authority's certificate with sslrootcert=FILE in the URL)"
        )
        #expect(error.map { !"\($0)".contains(secret) } == true)
    }

    @Test func aTransactionThatThrowsLeavesNothing() throws {
        let session = try PostgresSession.connect(
            to: location(password: secret), environment: [:], home: home)
        defer { try? session.close() }
        let table = "t_" + role
        try session.query(PostgresQuery(unsafeSQL: "CREATE TABLE \(table) (n integer)"))
        #expect(throws: PostgresSessionError.self) {
            try session.execute(["INSERT INTO \(table) VALUES (1)", "INSERT INTO \(table) VALUES ('x')"])
        }
        let count = try session.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"))[0].decode(
            Int.self)
        #expect(count == 0)
        try session.execute(["INSERT INTO \(table) VALUES (1)", "INSERT INTO \(table) VALUES (2)"])
        #expect(
            try session.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"))[0].decode(Int.self)
                == 2)
    }
}

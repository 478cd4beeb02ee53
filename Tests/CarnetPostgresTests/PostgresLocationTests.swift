import Foundation
import Testing

@testable import CarnetPostgres

/// Reading a database URL as libpq reads it, and never showing its password.
@Suite struct PostgresLocationTests {
    let noEnvironment: [String: String] = [:]

    @Test func readsEveryPartOfAURL() throws {
        let location = try PostgresLocation(
            url:
                "postgresql://clerk:s%40cret@db.example:6543/clinic?sslmode=verify-full&sslrootcert=/etc/ca.pem",
            environment: noEnvironment)
        #expect(location.user == "clerk")
        #expect(location.urlPassword == "s@cret")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.database == "clinic")
        #expect(location.sslMode == .verifyFull)
        #expect(location.rootCertificate == "/etc/ca.pem")
    }

    @Test func fillsWhatTheURLLeavesOutAsLibpqDoes() throws {
        let bare = try PostgresLocation(url: "postgres://", environment: ["PGUSER": "nurse"])
        #expect(bare.host == "localhost")
        #expect(bare.port == 5432)
        #expect(bare.user == "nurse")
        #expect(bare.database == "nurse")
        #expect(bare.sslMode == .prefer)
        let fromEnvironment = try PostgresLocation(
            url: "postgres://clerk@",
            environment: [
                "PGHOST": "10.0.0.9", "PGPORT": "6000", "PGDATABASE": "ward", "PGSSLMODE": "require",
            ])
        #expect(fromEnvironment.description == "postgres://clerk@10.0.0.9:6000/ward?sslmode=require")
    }

    @Test func readsAnIPv6Host() throws {
        let location = try PostgresLocation(
            url: "postgres://clerk@[::1]:5433/carnet", environment: noEnvironment)
        #expect(location.host == "::1")
        #expect(location.port == 5433)
        #expect(location.description == "postgres://clerk@[::1]:5433/carnet?sslmode=prefer")
    }

    @Test func tellsAURLFromAPath() {
        #expect(PostgresLocation.isURL("postgres://carnet@127.0.0.1:55432/carnet"))
        #expect(PostgresLocation.isURL("POSTGRESQL://h/db"))
        #expect(!PostgresLocation.isURL("postgres:/carnet.sqlite"))
        #expect(!PostgresLocation.isURL("records/postgres.sqlite"))
    }

    @Test func readsCarnetDatabaseURL() throws {
        #expect(try PostgresLocation.fromEnvironment([:]) == nil)
        #expect(try PostgresLocation.fromEnvironment(["CARNET_DATABASE_URL": ""]) == nil)
        let location = try PostgresLocation.fromEnvironment(["CARNET_DATABASE_URL": "postgres://a@h/db"])
        #expect(location?.description == "postgres://a@h:5432/db?sslmode=prefer")
    }

    @Test func refusesWhatItCannotRead() {
        let cases: [(String, PostgresLocationError)] = [
            ("mysql://h/db", .notAURL),
            ("postgres://h1,h2/db", .severalHosts),
            ("postgres://h:99999/db", .badPort("99999")),
            ("postgres://h:five/db", .badPort("five")),
            ("postgres://h/db?sslmode=allow", .unknownSSLMode("allow")),
            ("postgres://h/db?target_session_attrs=any", .unknownParameter("target_session_attrs")),
            ("postgres://[::1/db", .badHost),
            ("postgres://a:%zz@h/db", .badEscape(part: "password")),
        ]
        for (url, expected) in cases {
            #expect(throws: expected, "\(url)") { try PostgresLocation(url: url, environment: noEnvironment) }
        }
    }

    @Test func neverShowsThePassword() throws {
        let secret = "Tr0ub4dor-and-3"
        let location = try PostgresLocation(
            url: "postgres://clerk:\(secret)@db.example/clinic?sslmode=require", environment: noEnvironment)
        var dumped = ""
        dump(location, to: &dumped)
        for shown in [location.description, String(reflecting: location), "\(location)", dumped] {
            #expect(!shown.contains(secret), "\(shown)")
        }
        #expect(location.description == "postgres://clerk@db.example:5432/clinic?sslmode=require")
        #expect(dumped.contains("(hidden)"))
    }

    @Test func aPasswordWithSlashesOrColonsStaysInTheUserPart() throws {
        let location = try PostgresLocation(
            url: "postgres://clerk:a/b:c@db/clinic", environment: noEnvironment)
        #expect(location.urlPassword == "a/b:c")
        #expect(location.host == "db")
        #expect(location.database == "clinic")
    }
}

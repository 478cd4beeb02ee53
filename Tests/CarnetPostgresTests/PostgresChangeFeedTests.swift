import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// The feed hears commits from other connections, names their patient, and survives losing
/// its connection without missing a change.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresChangeFeedTests {
    let database: PostgresTestDatabase

    init() throws {
        database = try PostgresTestDatabase.migrated("feed")
        try database.withSession { session in
            try session.execute([
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('A', '1990-01-01', 0)",
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('B', '1990-01-01', 0)",
            ])
        }
    }

    func feed() throws -> PostgresChangeFeed {
        try PostgresChangeFeed(
            location: database.location, environment: ["PGPASSWORD": database.cluster.superuserPassword],
            home: "/nonexistent", retryInterval: 0.1)
    }

    /// Waits up to `seconds` for `condition`, and says how long it took (nil: never).
    func waitFor(_ seconds: Double, _ condition: () -> Bool) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if condition() { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return nil
    }

    static let reading =
        "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (2, '8867-4', 60, '/min', 0, 'device')"

    @Test func aCommitOnAnotherConnectionWakesTheFeedWithinASecondNamingThePatient() throws {
        let feed = try feed()
        defer { feed.close() }
        #expect(!feed.recordChanged())
        try database.withSession { session in _ = try session.run(Self.reading) }
        let took = waitFor(1) { feed.recordChanged() }
        #expect(took != nil, "no wake-up within a second")
        #expect(feed.changedPatients() == [2])
        #expect(!feed.recordChanged(), "one commit, one wake-up")
    }

    @Test func aRolledBackTransactionWakesNobody() throws {
        let feed = try feed()
        defer { feed.close() }
        try database.withSession { session in
            try session.run("BEGIN")
            try session.run(Self.reading)
            try session.run("ROLLBACK")
        }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!feed.recordChanged())
    }

    @Test func aLostConnectionIsSaidAndComesBackWithoutMissingAChange() throws {
        let feed = try feed()
        defer { feed.close() }
        try database.withSession { session in
            try session.run(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '\(PostgresChangeFeed.applicationName)' AND datname = '\(database.name)'"
            )
            #expect(waitFor(2) { feed.connection != .connected } != nil, "the feed did not notice")
            // Written while the feed may be away: its notification may never arrive.
            try session.run(Self.reading)
        }
        #expect(waitFor(5) { feed.connection == .connected } != nil, "the feed did not come back")
        #expect(waitFor(1) { feed.recordChanged() } != nil)
    }
}

import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// The roles `carnet db roles` prints, applied to a real database: the kiosk cannot write,
/// the application cannot rewrite the history.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
final class PostgresRolesTests {
    let database: PostgresTestDatabase
    let roles: PostgresRoles
    let password = "Pw-" + UUID().uuidString

    init() throws {
        database = try PostgresTestDatabase.migrated("roles")
        // Roles belong to the cluster, not the database: names of this test only.
        let suffix = UUID().uuidString.prefix(8).lowercased()
        roles = PostgresRoles(database: database.name, application: "app_\(suffix)", kiosk: "kiosk_\(suffix)")
        try database.withSession { session in
            try session.execute(roles.statements)
            try session.run("ALTER ROLE \(roles.application) PASSWORD '\(password)'")
            try session.run("ALTER ROLE \(roles.kiosk) PASSWORD '\(password)'")
            try session.run("INSERT INTO patient(name, birthDate, createdAt) VALUES ('P', '1990-01-01', 0)")
        }
    }

    func session(as role: String) throws -> PostgresSession {
        let cluster = database.cluster
        return try PostgresSession.connect(
            to: PostgresLocation(
                url:
                    "postgres://\(role):\(password)@\(cluster.host):\(cluster.port)/\(database.name)?sslmode=disable",
                environment: [:]),
            environment: [:], home: "/nonexistent")
    }

    static let event =
        "INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome, hash) VALUES (1, 0, 'patient', '1', 'P', 'read', 'done', decode(repeat('ab', 32), 'hex'))"

    @Test func theKioskReadsButCannotWriteEvenInAReadWriteTransaction() throws {
        let kiosk = try session(as: roles.kiosk)
        defer { try? kiosk.close() }
        #expect(try kiosk.integer("SELECT count(*) FROM patient") == 1)
        let readOnly = #expect(throws: PostgresSessionError.self) {
            try kiosk.run("INSERT INTO patient(name, birthDate, createdAt) VALUES ('Q', '1990-01-01', 0)")
        }
        #expect(readOnly?.sqlState == "25006")  // read_only_sql_transaction
        // A bug that asks for a writable transaction meets the missing privilege.
        try kiosk.run("BEGIN READ WRITE")
        let denied = #expect(throws: PostgresSessionError.self) { try kiosk.run(Self.event) }
        #expect(denied?.sqlState == "42501")  // insufficient_privilege
        try kiosk.run("ROLLBACK")
        try kiosk.run("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
        let deleted = #expect(throws: PostgresSessionError.self) { try kiosk.run("DELETE FROM patient") }
        #expect(deleted?.sqlState == "42501")
        #expect(try kiosk.integer("SELECT count(*) FROM patient") == 1)
    }

    @Test func theApplicationWritesTheRecordButNeverEditsTheHistory() throws {
        let application = try session(as: roles.application)
        defer { try? application.close() }
        try application.run(Self.event)
        try application.run(
            "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '8867-4', 60, '/min', 0, 'device')"
        )
        try application.run("UPDATE patient SET name = 'Renamed'")
        for statement in [
            "UPDATE accessEvent SET actorName = 'X'", "DELETE FROM accessEvent", "TRUNCATE accessEvent",
        ] {
            let error = #expect(throws: PostgresSessionError.self, "\(statement)") {
                try application.run(statement)
            }
            #expect(error?.sqlState == "42501", "\(statement)")
        }
        let schema = #expect(throws: PostgresSessionError.self) {
            try application.run("DELETE FROM carnet_schema")
        }
        #expect(schema?.sqlState == "42501")
        #expect(throws: PostgresSessionError.self) {
            try application.run("DROP TRIGGER access_event_no_delete ON accessEvent")
        }
        #expect(try application.integer("SELECT count(*) FROM accessEvent") == 1)
        // An up-to-date schema opens without writing anything.
        try PostgresSchema.migrate(application)
    }

    @Test func aKioskHearsTheApplicationsCommitsThroughItsReadOnlyRole() throws {
        let cluster = database.cluster
        let feed = try PostgresChangeFeed(
            location: PostgresLocation(
                url:
                    "postgres://\(roles.kiosk)@\(cluster.host):\(cluster.port)/\(database.name)?sslmode=disable",
                environment: [:]),
            environment: ["PGPASSWORD": password], home: "/nonexistent")
        defer { feed.close() }
        let application = try session(as: roles.application)
        defer { try? application.close() }
        try application.run(Self.event)
        let start = Date()
        while !feed.recordChanged(), Date().timeIntervalSince(start) < 1 {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(Date().timeIntervalSince(start) < 1, "no wake-up within a second")
        #expect(feed.changedPatients() == [1])
    }

    @Test func theScriptHoldsEveryStatementAndNoPassword() {
        let script = roles.script
        for statement in roles.statements { #expect(script.contains(statement + ";")) }
        #expect(!script.contains(password))
        #expect(script.contains("\\password \"\(roles.kiosk)\""))
    }
}

import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// Every CHECK and rule of the PostgreSQL schema refuses what the SQLite schema refuses
/// (`RecordConstraintRows`, the rows of `ConstraintTests` in PostgreSQL's dialect), with a
/// refusal of the data (SQLSTATE classes 22, 23, or a rule's exception), never a mistake in
/// the SQL.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresConstraintTests {
    static let rows = RecordConstraintRows.postgres

    /// A record with the rows the bad rows collide with, made once for the suite.
    static let fixture: Result<PostgresTestDatabase, any Error> = Result {
        let database = try PostgresTestDatabase.migrated("constraints")
        try database.withSession { session in
            // What a new record holds (its patient and settings, a doctor, a hospital), then
            // the rows the bad ones collide with.
            try session.execute(
                [
                    "INSERT INTO professional(rpps, name, profession) VALUES ('10000000001', 'Dr A', 'physician')",
                    "INSERT INTO establishment(finess, name, kind) VALUES ('990000010', 'CH', 'hospital')",
                    "INSERT INTO patient(name, birthDate, createdAt) VALUES ('Test Patient', '1990-01-31', 0)",
                    "INSERT INTO recordSettings(patientId) VALUES (1)",
                ] + rows.collisionRows)
        }
        return database
    }

    @Test(arguments: rows.badRows.map(\.0))
    func refusesABadRow(_ what: String) throws {
        let database = try Self.fixture.get()
        let statements = Self.rows.badRows.first { $0.0 == what }!.1.components(separatedBy: "; ")
        try database.withSession { session in
            try session.run("BEGIN")
            defer { _ = try? session.run("ROLLBACK") }
            let error = #expect(throws: PostgresSessionError.self, "\(what) was accepted") {
                for statement in statements { try session.run(statement) }
            }
            let state = error?.sqlState ?? ""
            #expect(
                ["22", "23", "P0"].contains(state.prefix(2)),
                "\(what): \(error.map(String.init(describing:)) ?? "")")
        }
    }

    @Test func theGoodRowsOfTheseTestsAreAccepted() throws {
        let database = try Self.fixture.get()
        try database.withSession { session in
            try session.run("BEGIN")
            defer { _ = try? session.run("ROLLBACK") }
            try session.run(RecordConstraintRows.goodDocument)
            try session.run(RecordConstraintRows.goodMeasurement)
            try session.run("UPDATE recordSettings SET treatingDoctorRpps = '10000000001', samuEmergency = 0")
            try session.run(
                "INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind, requirement, enteredBy) VALUES (1, 0, 'V', '[\"tetanus\"]', 'booster', 'mandatory', 'patient')"
            )
            try session.run(
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('Leap', '2024-02-29', 0)")
        }
    }

    @Test func theTreatingDoctorRulesSayWhatSQLiteSays() throws {
        let database = try Self.fixture.get()
        try database.withSession { session in
            try session.run("BEGIN")
            defer { _ = try? session.run("ROLLBACK") }
            let notPhysician = #expect(throws: PostgresSessionError.self) {
                try session.run("UPDATE recordSettings SET treatingDoctorRpps = '10000000002'")
            }
            #expect(notPhysician?.description == "the treating doctor must be a physician who is not blocked")
            try session.run("ROLLBACK")
            try session.run("BEGIN")
            try session.run("UPDATE recordSettings SET treatingDoctorRpps = '10000000001'")
            let blocked = #expect(throws: PostgresSessionError.self) {
                try session.run(
                    "INSERT INTO consent(patientId, rpps, status, changedAt) VALUES (1, '10000000001', 'blocked', 0)"
                )
            }
            #expect(blocked?.description == "the treating doctor cannot be blocked")
        }
    }

    @Test func theAccessHistoryRefusesUpdateDeleteAndTruncate() throws {
        let database = try Self.fixture.get()
        try database.withSession { session in
            for statement in [
                "UPDATE accessEvent SET actorName = 'Nobody'", "DELETE FROM accessEvent",
                "TRUNCATE accessEvent CASCADE",
            ] {
                let error = #expect(throws: PostgresSessionError.self, "\(statement)") {
                    try session.run(statement)
                }
                #expect(error?.description == "the access history is append-only")
            }
            let names = try session.run("SELECT actorName FROM accessEvent").map {
                try $0.decode(String.self)
            }
            #expect(names == ["X"])
        }
    }
}

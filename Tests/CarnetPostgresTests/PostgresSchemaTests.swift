import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// Applying the schema, refusing a newer one, and what its triggers keep.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresSchemaTests {
    @Test func theMigrationsApplyOnceAndASecondRunChangesNothing() throws {
        let database = try PostgresTestDatabase("migrate")
        try database.withSession { session in
            try PostgresSchema.migrate(session)
            let tables = try session.integer("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            let applied = try session.integer("SELECT max(appliedAt) FROM carnet_schema")
            try PostgresSchema.migrate(session)
            #expect(
                try session.integer("SELECT count(*) FROM carnet_schema") == Int64(PostgresSchema.version))
            #expect(try session.integer("SELECT max(appliedAt) FROM carnet_schema") == applied)
            #expect(
                try session.integer("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == tables)
            #expect(try PostgresSchema.isCurrent(session))
        }
    }

    @Test func twoClientsMigratingAtOnceBothSucceed() throws {
        let database = try PostgresTestDatabase("migrate_twice")
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do { try database.withSession(PostgresSchema.migrate) } catch { failures.add(error) }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let applied = try database.withSession { session in
            try session.integer("SELECT count(*) FROM carnet_schema")
        }
        #expect(applied == Int64(PostgresSchema.version))
    }

    @Test func aDatabaseWrittenByANewerCarnetIsRefused() throws {
        let database = try PostgresTestDatabase.migrated("newer")
        try database.withSession { session in
            try session.run("INSERT INTO carnet_schema VALUES ('p99-from-the-future', 0)")
            #expect(throws: StoreError.newerSchema(path: session.location.description)) {
                try PostgresSchema.migrate(session)
            }
            #expect(throws: StoreError.newerSchema(path: session.location.description)) {
                try PostgresSchema.isCurrent(session)
            }
        }
    }

    @Test func aDatabaseOfSomethingElseIsNotARecord() throws {
        let database = try PostgresTestDatabase("other")
        try database.withSession { session in
            try session.run("CREATE TABLE invoices (id integer)")
            #expect(throws: StoreError.notARecord(path: session.location.description)) {
                try PostgresSchema.migrate(session)
            }
            #expect(try session.integer("SELECT count(*) FROM pg_tables WHERE tablename = 'patient'") == 0)
        }
    }

    @Test func theDailyRollUpAndTheCountsFollowTheReadings() throws {
        let database = try PostgresTestDatabase.migrated("rollup")
        try database.withSession { session in
            try session.run("INSERT INTO patient(name, birthDate, createdAt) VALUES ('P', '1990-01-01', 0)")
            // Two readings on 1970-01-02 (day 1), one on 1969-12-31 (day -1), in one statement.
            try session.run(
                """
                INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES
                    (1, '8867-4', 60, '/min', 86400 + 10, 'device'),
                    (1, '8867-4', 80, '/min', 86400 + 20, 'device'),
                    (1, '8867-4', 70, '/min', -5, 'device')
                """)
            try session.run(
                "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '8867-4', 55, '/min', 86400 + 20, 'device')"
            )
            let days = try session.run(
                "SELECT day, low, high, readings, firstAt, lastAt, last FROM measurementDay ORDER BY day"
            ).map { try $0.decode((Int64, Double, Double, Int64, Int64, Int64, Double).self) }
            #expect(days.count == 2)
            #expect(days.first.map { [$0.0, Int64($0.1), Int64($0.2), $0.3] } == [-1, 70, 70, 1])
            #expect(
                days.last.map { [$0.0, Int64($0.1), Int64($0.2), $0.3, $0.4, $0.5, Int64($0.6)] } == [
                    1, 55, 80, 3, 86410, 86420, 80,
                ])
            #expect(try session.integer("SELECT readings FROM measurementCount") == 4)

            try session.run("UPDATE measurement SET at = 100 WHERE value = 80")
            try session.run("DELETE FROM measurement WHERE value = 70")
            let after = try session.run(
                "SELECT day, low, high, readings, last FROM measurementDay ORDER BY day"
            )
            .map { try $0.decode((Int64, Double, Double, Int64, Double).self) }
            #expect(after.map(\.0) == [0, 1])
            #expect(after.map { Int64($0.4) } == [80, 55])
            #expect(after.map(\.3) == [1, 2])
            #expect(try session.integer("SELECT readings FROM measurementCount") == 3)
        }
    }

    @Test func theHistoryCountsEventsPerDayAndTheInboxCountsNotices() throws {
        let database = try PostgresTestDatabase.migrated("counts")
        try database.withSession { session in
            try session.run("INSERT INTO patient(name, birthDate, createdAt) VALUES ('P', '1990-01-01', 0)")
            let hash = "decode(repeat('ab', 32), 'hex')"
            try session.run(
                """
                INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome, hash) VALUES
                    (1, 10, 'professional', '10000000001', 'Dr A', 'read', 'done', \(hash)),
                    (1, 20, 'professional', '10000000001', 'Dr A', 'read', 'done', \(hash)),
                    (1, 86400, 'professional', '10000000001', 'Dr A', 'read', 'denied', \(hash))
                """)
            let days = try session.run("SELECT day, events FROM accessEventDay ORDER BY day")
                .map { try $0.decode((Int64, Int64).self) }
            #expect(days.map { [$0.0, $0.1] } == [[0, 2], [1, 1]])
            try session.run(
                "INSERT INTO notification(patientId, eventId, kind, createdAt) VALUES (1, 1, 'read', 10), (1, 2, 'read', 20), (1, 3, 'refused', 30)"
            )
            try session.run("UPDATE notification SET readAt = 40 WHERE id = 1")
            let counts = try session.run("SELECT kind, notices, unread FROM notificationCount ORDER BY kind")
                .map { try $0.decode((String, Int64, Int64).self) }
            #expect(counts.map { "\($0.0) \($0.1) \($0.2)" } == ["read 2 1", "refused 1 1"])
        }
    }

    @Test func searchFindsWordsWithoutAccentsByPrefixAndByStem() throws {
        let database = try PostgresTestDatabase.migrated("search")
        try database.withSession { session in
            try session.execute([
                "INSERT INTO patient(name, birthDate, createdAt) VALUES ('P', '1990-01-01', 0)",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'RADIO_SC', 'Échographie abdominale', 'patient', 0, 0)",
                "INSERT INTO document(patientId, category, title, authorKind, actDate, depositedAt) VALUES (1, 'BIOLOGIE', 'Blood tests', 'patient', 0, 0)",
                "INSERT INTO documentSearch(documentId, title, author, body) VALUES (1, 'Échographie abdominale', 'Dr Hélène Faure', 'Foie et reins sans anomalie.')",
                "INSERT INTO documentSearch(documentId, title, author, body) VALUES (2, 'Blood tests', 'BioValmont', 'Haemoglobin within ranges; kidneys working.')",
            ])
            func found(_ words: [String]) throws -> [Int64] {
                let list =
                    "ARRAY["
                    + words.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(
                        separator: ",") + "]::text[]"
                return try session.run(
                    "SELECT documentId FROM documentSearch WHERE words @@ carnet_search_query(\(list)) ORDER BY documentId"
                ).map { try $0.decode(Int64.self) }
            }
            #expect(try found(["echo"]) == [1])
            #expect(try found(["ÉCHOGRAPHIE"]) == [1])
            #expect(try found(["helene", "faure"]) == [1])
            #expect(try found(["échographies"]) == [1])
            #expect(try found(["anomalies"]) == [1])
            #expect(try found(["kidney"]) == [2])
            #expect(try found(["range"]) == [2])
            #expect(try found(["echo", "blood"]) == [])
            #expect(try found(["scanner"]) == [])
            #expect(try found(["l'écho", "&|!", "(foie"]) == [1])
        }
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}

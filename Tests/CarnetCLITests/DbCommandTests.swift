import Foundation
import Testing

/// `carnet db roles`: the SQL a clinic's administrator runs once on its PostgreSQL database.
@Suite struct DbCommandTests {
    @Test func rolesAreTheApplicationsAndTheKiosksWithTheHistoryAppendOnly() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let result = try carnet.run(["db", "roles", "--database", "clinique", "--kiosk-role", "borne"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("CREATE ROLE \"borne\" LOGIN;"))
        #expect(lines.contains("ALTER ROLE \"borne\" SET default_transaction_read_only = on;"))
        #expect(lines.contains("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"borne\";"))
        #expect(lines.contains("REVOKE UPDATE, DELETE, TRUNCATE ON accessEvent FROM \"carnet_app\";"))
        #expect(lines.contains("GRANT CONNECT ON DATABASE \"clinique\" TO \"carnet_app\", \"borne\";"))
        #expect(!lines.contains { $0.contains("GRANT") && $0.contains("INSERT") && $0.contains("\"borne\"") })
        // The database of --db's URL by default; its password never appears.
        let named = try carnet.run(["db", "roles", "--db", "postgres://admin:hunter2@127.0.0.1:1/reseau"])
        #expect(named.stdout.contains("GRANT CONNECT ON DATABASE \"reseau\""))
        #expect(!named.stdout.contains("hunter2") && !named.stderr.contains("hunter2"))
    }
}

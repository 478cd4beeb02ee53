import CarnetCore
import Foundation
import PostgresNIO

/// The record's schema in a PostgreSQL database: the same tables, checks and rules as the
/// SQLite store's (`Sources/CarnetCore/Store/Schema*.swift`, at v11), written for PostgreSQL.
///
/// Migrations are applied in order, each once, in one transaction under an advisory lock (two
/// clients starting together do not both migrate); `carnet_schema` keeps the name of every
/// migration applied. A database holding a migration this carnet does not know was written
/// by a newer carnet and is refused, as the SQLite store refuses one. A released migration is
/// never edited: changes go into a new one appended to `migrations`.
public enum PostgresSchema {
    /// The migrations, in order: a name and its statements (one statement each, as the
    /// extended query protocol takes them).
    static let migrations: [(name: String, statements: [String])] = [
        ("p1-functions", functions),
        ("p2-people-and-consents", peopleAndConsents),
        ("p3-documents", documents),
        ("p4-vaccinations-and-profile", vaccinationsAndProfile),
        ("p5-measurements", measurements),
        ("p6-access-history", accessHistory),
        ("p7-notifications", notifications),
        ("p8-kept-counts", keptCounts),
        ("p9-document-search", documentSearch),
        ("p10-change-feed", changeFeed),
    ]

    /// How many migrations a current database has.
    public static var version: Int { migrations.count }

    /// Brings the database up to date; does nothing when it is. Refuses a database written by
    /// a newer carnet, and one that holds tables but is not a carnet record.
    public static func migrate(_ session: PostgresSession) throws {
        // Reads only when the schema is current: the application's and the kiosk's roles,
        // which may not create anything, open an up-to-date database.
        if try isCurrent(session) { return }
        try session.transaction { session in
            // Any 64-bit number that only carnet's migrations use.
            try session.query("SELECT pg_advisory_xact_lock(7263382461001)")
            if try !hasSchemaTable(session) {
                if try otherTables(session) > 0 {
                    throw StoreError.notARecord(path: session.location.description)
                }
                try session.query(
                    "CREATE TABLE carnet_schema (migration text PRIMARY KEY, appliedAt bigint NOT NULL)")
            }
            let applied = try appliedMigrations(session)
            let known = Set(migrations.map(\.name))
            if !applied.isSubset(of: known) {
                throw StoreError.newerSchema(path: session.location.description)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try session.query(PostgresQuery(unsafeSQL: statement))
                }
                let now = Int64(Date().timeIntervalSince1970)
                try session.query(
                    "INSERT INTO carnet_schema (migration, appliedAt) VALUES (\(migration.name), \(now))")
            }
        }
    }

    /// Whether every migration is applied and none is unknown: a read-only client (the
    /// kiosk) checks this instead of migrating.
    public static func isCurrent(_ session: PostgresSession) throws -> Bool {
        guard try hasSchemaTable(session) else { return false }
        let applied = try appliedMigrations(session)
        if !applied.isSubset(of: Set(migrations.map(\.name))) {
            throw StoreError.newerSchema(path: session.location.description)
        }
        return applied.count == migrations.count
    }

    private static func hasSchemaTable(_ session: PostgresSession) throws -> Bool {
        try session.query("SELECT to_regclass('carnet_schema') IS NOT NULL")[0].decode(Bool.self)
    }

    private static func appliedMigrations(_ session: PostgresSession) throws -> Set<String> {
        Set(try session.query("SELECT migration FROM carnet_schema").map { try $0.decode(String.self) })
    }

    /// Tables of the current schema other than `carnet_schema`.
    private static func otherTables(_ session: PostgresSession) throws -> Int {
        try session.query(
            "SELECT count(*)::int FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'carnet_schema'"
        )[0].decode(Int.self)
    }
}

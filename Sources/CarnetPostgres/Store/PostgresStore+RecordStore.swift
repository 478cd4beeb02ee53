import CarnetCore
import Foundation
import PostgresNIO

extension PostgresStore: RecordStore {
    public func read<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        try readTransaction { transaction in try body(transaction) }
    }

    public func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T {
        try writeTransaction { transaction in try body(transaction) }
    }

    /// `LISTEN carnet_record` on a connection of its own (see `PostgresChangeFeed`).
    public func changeFeed() throws -> any ChangeFeed {
        try PostgresChangeFeed(location: place, environment: environment, home: home)
    }

    public func metadata(_ key: String) throws -> String? {
        try reading { session in
            try session.value("SELECT value FROM meta WHERE key = \(key)", as: String.self)
        }
    }

    /// `ANALYZE`: until autovacuum gets to a table bulk-loaded a moment ago, the planner takes
    /// it for empty and reads the large demo's documents and charts by sequential scans
    /// (8 and 37 ms instead of 2).
    public func refreshStatistics() throws {
        try reading { session in try session.run("ANALYZE") }
    }

    /// The history's append-only triggers someone dropped or disabled, by name.
    public func missingGuards() throws -> [String] {
        try reading { session in try Self.missingGuards(session) }
    }

    /// Puts back the append-only triggers that are missing (and their function, if it went
    /// with them); needs the table's owner, as the schema's migrations do.
    public func restoreGuards() throws -> [String] {
        try writeTransaction { transaction in
            let missing = try Self.missingGuards(transaction.session)
            guard !missing.isEmpty else { return [] }
            try transaction.session.run(PostgresQuery(unsafeSQL: PostgresSchema.appendOnlyFunction))
            for name in missing {
                try transaction.session.run(
                    PostgresQuery(unsafeSQL: "DROP TRIGGER IF EXISTS \(name) ON accessEvent"))
                if let sql = PostgresSchema.appendOnlyGuards[name] {
                    try transaction.session.run(PostgresQuery(unsafeSQL: sql))
                }
            }
            return missing
        }
    }

    static func missingGuards(_ session: PostgresSession) throws -> [String] {
        // A disabled trigger guards nothing: it counts as missing.
        let present = Set(
            try session.rows(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'accessevent'::regclass AND tgenabled <> 'D'"
            ).map { try $0["tgname"] as String })
        return PostgresSchema.appendOnlyGuards.keys.sorted().filter { !present.contains($0) }
    }
}

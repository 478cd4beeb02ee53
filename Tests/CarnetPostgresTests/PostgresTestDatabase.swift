import CarnetTestSupport
import Foundation
import PostgresNIO

@testable import CarnetPostgres

/// A database of the throwaway cluster, and sessions on it as its superuser.
struct PostgresTestDatabase {
    let cluster: PostgresCluster
    let name: String

    /// A new, empty database.
    init(_ label: String) throws {
        cluster = try PostgresCluster.shared()
        name = try cluster.makeDatabase(label)
    }

    /// A new database with the record's schema.
    static func migrated(_ label: String) throws -> PostgresTestDatabase {
        let database = try PostgresTestDatabase(label)
        let session = try database.session()
        defer { try? session.close() }
        try PostgresSchema.migrate(session)
        return database
    }

    var location: PostgresLocation {
        get throws {
            try PostgresLocation(
                url:
                    "postgres://\(cluster.superuser)@\(cluster.host):\(cluster.port)/\(name)?sslmode=disable",
                environment: [:])
        }
    }

    func session() throws -> PostgresSession {
        try PostgresSession.connect(
            to: location, environment: ["PGPASSWORD": cluster.superuserPassword], home: "/nonexistent")
    }

    /// Runs `body` on a new session, closed afterwards.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let session = try session()
        defer { try? session.close() }
        return try body(session)
    }
}

extension PostgresSession {
    /// Runs one statement of SQL text with no bound values.
    @discardableResult
    func run(_ sql: String) throws -> [PostgresRow] {
        try query(PostgresQuery(unsafeSQL: sql))
    }

    /// The single integer a statement returns.
    func integer(_ sql: String) throws -> Int64 {
        try run(sql)[0].decode(Int64.self)
    }
}

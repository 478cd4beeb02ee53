import CarnetCore
import Foundation
import PostgresNIO

extension PostgresTransaction {
    /// Calls `body` with each row of `query`, fetched `batch` rows at a time through a cursor
    /// of the transaction, so that a million events never sit in memory at once (a query's
    /// answer comes whole).
    func forEachRow(_ query: PostgresQuery, batch: Int = 2000, _ body: (RecordRow) throws -> Void) throws {
        cursors += 1
        let name = "carnet_rows_\(cursors)"
        try session.run(
            PostgresQuery(unsafeSQL: "DECLARE \(name) NO SCROLL CURSOR FOR " + query.sql, binds: query.binds))
        while true {
            let rows = try session.rows(PostgresQuery(unsafeSQL: "FETCH FORWARD \(batch) FROM \(name)"))
            for row in rows { try body(row) }
            if rows.count < batch { break }
        }
        try session.run(PostgresQuery(unsafeSQL: "CLOSE \(name)"))
    }
}

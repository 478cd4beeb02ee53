import Foundation
import GRDB

/// Builds keyset queries over a table with a time column and an integer id.
struct KeysetQuery {
    /// e.g. "SELECT … FROM document d"
    var select: String
    /// e.g. "d.patientId = ?"
    var filter: String
    var arguments: StatementArguments
    /// e.g. "d.actDate"
    var time: String
    /// e.g. "d.id"
    var id: String

    /// Fetches a page, newest first whatever the direction.
    func fetch(_ db: Database, _ page: PageRequest, limit: Int) throws -> [Row] {
        let (sql, arguments, newestFirst) = statement(page, limit: limit)
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        return newestFirst ? rows : rows.reversed()
    }

    /// The SQL of a page, its arguments, and whether it reads newest first. Apart from
    /// `fetch` so that tests can check its query plan.
    func statement(
        _ page: PageRequest, limit: Int
    ) -> (sql: String, arguments: StatementArguments, newestFirst: Bool) {
        var sql = select + " WHERE " + filter
        var arguments = arguments
        let newestFirst: Bool
        switch page {
        case .first:
            newestFirst = true
        // Row values, not `time < ? OR (time = ? AND id < ?)`: with bound parameters SQLite
        // turns only the row value into a range of the index; the OR form made it walk
        // every newer row first (110 ms for a page in the middle of a million events).
        case .after(let key):
            sql += " AND (\(time), \(id)) < (?, ?)"
            arguments += [key.date.unixSeconds, key.id]
            newestFirst = true
        case .before(let key):
            sql += " AND (\(time), \(id)) > (?, ?)"
            arguments += [key.date.unixSeconds, key.id]
            newestFirst = false
        case .last:
            newestFirst = false
        }
        let order = newestFirst ? "DESC" : "ASC"
        sql += " ORDER BY \(time) \(order), \(id) \(order) LIMIT ?"
        arguments += [limit]
        return (sql, arguments, newestFirst)
    }
}

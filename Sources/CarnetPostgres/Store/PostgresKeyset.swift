import CarnetCore
import Foundation
import PostgresNIO

/// A list read by keyset pages over a time column and an integer id, newest first: the
/// PostgreSQL twin of `KeysetQuery`. Its filter carries its own bound values; a page, a count
/// or a position binds theirs after them. Each is one range of the list's index, whatever its
/// place in the list.
struct PostgresKeyset {
    /// e.g. "SELECT … FROM document d"
    var select: String
    /// What counts and positions read: "document d".
    var table: String
    /// e.g. "d.patientId = $1", with its values.
    var filter: PostgresStatement
    /// e.g. "d.actDate"
    var time: String
    /// e.g. "d.id"
    var id: String

    /// A page, newest first whatever the direction it was read in.
    func fetch(_ session: PostgresSession, _ page: PageRequest, limit: Int) throws -> [RecordRow] {
        let (statement, newestFirst) = self.statement(page, limit: limit)
        let rows = try session.rows(statement)
        return newestFirst ? rows : rows.reversed()
    }

    /// The statement of a page and whether it reads newest first (apart from `fetch` so that
    /// tests can check its plan).
    func statement(_ page: PageRequest, limit: Int) -> (statement: PostgresStatement, newestFirst: Bool) {
        var statement = filter
        var sql = select + " WHERE " + filter.sql
        let newestFirst: Bool
        switch page {
        case .first:
            newestFirst = true
        // Row values, as SQLite's: the B-tree reads `(time, id) < (…)` as one range of the index.
        case .after(let key):
            sql +=
                " AND (\(time), \(id)) < (\(statement.bind(key.date.unixSeconds)), \(statement.bind(key.id)))"
            newestFirst = true
        case .before(let key):
            sql +=
                " AND (\(time), \(id)) > (\(statement.bind(key.date.unixSeconds)), \(statement.bind(key.id)))"
            newestFirst = false
        case .last:
            newestFirst = false
        }
        let order = newestFirst ? "DESC" : "ASC"
        sql += " ORDER BY \(time) \(order), \(id) \(order) LIMIT \(statement.bind(Int64(limit)))"
        statement.sql = sql
        return (statement, newestFirst)
    }

    /// How many rows match: one count over the index the pages read.
    func count(_ session: PostgresSession) throws -> Int {
        var statement = filter
        statement.sql = "SELECT count(*) FROM \(table) WHERE " + filter.sql
        return Int(try session.value(statement, as: Int64.self) ?? 0)
    }

    /// How many rows come before the one with `key` in the newest-first list.
    func position(of key: PageKey, _ session: PostgresSession) throws -> Int {
        var statement = filter
        statement.sql =
            "SELECT count(*) FROM \(table) WHERE \(filter.sql) AND (\(time), \(id)) > "
            + "(\(statement.bind(key.date.unixSeconds)), \(statement.bind(key.id)))"
        return Int(try session.value(statement, as: Int64.self) ?? 0)
    }
}

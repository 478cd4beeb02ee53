import Foundation
import PostgresNIO

/// A row of a query, read by column name as the SQLite store reads GRDB's rows
/// (`try row["authorName"]`). PostgreSQL folds unquoted names to lower case, so the name is
/// looked up lowercased: the same camelCase names as the schema's SQL.
struct RecordRow {
    private let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    subscript<T: PostgresDecodable>(_ column: String) -> T {
        get throws { try row[column.lowercased()].decode(T.self) }
    }

    /// A time kept as whole Unix seconds.
    func date(_ column: String) throws -> Date {
        Date(unixSeconds: try self[column] as Int64)
    }

    func optionalDate(_ column: String) throws -> Date? {
        (try self[column] as Int64?).map(Date.init(unixSeconds:))
    }

    /// A 0/1 integer column (`masked`, `emergency`), as the SQLite schema has them.
    func flag(_ column: String) throws -> Bool {
        try self[column] as Int64 != 0
    }
}

/// SQL put together piece by piece (a filter's conditions), its values bound apart from the
/// text: `bind` appends a value and gives its placeholder (`$3`).
struct PostgresStatement {
    var sql: String
    private(set) var binds = PostgresBindings()
    private var count = 0

    init(_ sql: String = "") {
        self.sql = sql
    }

    /// Appends a value to the bindings and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        count += 1
        return "$\(count)"
    }

    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        count += 1
        return "$\(count)"
    }

    /// Appends a value whose encoding can fail (bytes: `Data`) and gives its placeholder.
    mutating func bind<Value: PostgresThrowingDynamicTypeEncodable>(_ value: Value) throws -> String {
        try binds.append(value)
        count += 1
        return "$\(count)"
    }

    mutating func bind<Value: PostgresThrowingDynamicTypeEncodable>(_ value: Value?) throws -> String {
        try binds.append(value)
        count += 1
        return "$\(count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}

extension PostgresSession {
    /// The rows of a query, each read by column name.
    func rows(_ query: PostgresQuery) throws -> [RecordRow] {
        try self.query(query).map(RecordRow.init)
    }

    /// The first row of a query, or nil.
    func row(_ query: PostgresQuery) throws -> RecordRow? {
        try self.query(query).first.map(RecordRow.init)
    }

    /// The first column of the first row (a count, an id, an EXISTS), or nil when no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let row = try self.query(query).first else { return nil }
        return try row.makeRandomAccess()[0].decode(T.self)
    }

    /// Runs a statement whose rows are not wanted.
    func run(_ query: PostgresQuery) throws {
        try self.query(query)
    }

    func rows(_ statement: PostgresStatement) throws -> [RecordRow] { try rows(statement.query) }
    func value<T: PostgresDecodable>(_ statement: PostgresStatement, as type: T.Type = T.self) throws -> T? {
        try value(statement.query, as: type)
    }
}

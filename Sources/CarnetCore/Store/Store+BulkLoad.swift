import GRDB

extension Store {
    /// Settings for filling a new record file that nobody else has open and that is put in
    /// place only once complete (the demo's `.partial`): SQLite does not wait for the disk
    /// after each transaction (a crash leaves only a partial file, removed and written again),
    /// and its page cache is large enough to hold the indexes being filled, instead of reading
    /// their pages back from the file. Lasts as long as the store is open.
    func prepareForBulkLoad() throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
    }
}

import GRDB

extension Store {
    /// Settings for filling a new record file that nobody else has open and that is put in
    /// place only once complete (the demo's `.partial`): a page cache large enough to hold the
    /// indexes being filled, instead of reading their pages back from the file. Lasts as long
    /// as the store is open. (Not `synchronous = OFF`: the hundreds of megabytes it leaves
    /// unwritten make every other program's fsync on the same disk wait for them.)
    func prepareForBulkLoad() throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
    }
}

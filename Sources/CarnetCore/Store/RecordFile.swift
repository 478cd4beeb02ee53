import Foundation
import GRDB

/// What can be told about a record's file before SQLite opens it for writing: whether it is
/// a carnet record at all, and whether this process may write it. Looking changes nothing.
enum RecordFile {
    /// Refuses a file that is not a carnet record without changing it: no schema created, no
    /// switch to WAL, no `-wal` or `-shm` left beside it.
    static func checkIsRecord(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noRecord(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        let header = (try? handle.read(upToCount: 16)) ?? nil
        try? handle.close()
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw StoreError.notARecord(path: path) }
        var config = Configuration()
        config.readonly = true
        // Another process may be checkpointing or closing the record: wait as a writer would.
        config.busyMode = .timeout(5)
        // Immutable reads the file alone and creates nothing beside it; but a record whose
        // last writer did not checkpoint keeps part of itself in its -wal, which only a
        // plain (read-only) open reads. Such a file is in WAL mode already: opening it so
        // switches nothing.
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal") && isWritable(path)
        do {
            let probe = try DatabaseQueue(path: hasLog ? path : immutableURI(path), configuration: config)
            defer { try? probe.close() }
            let isRecord = try probe.read { db in
                try db.tableExists("grdb_migrations") && db.tableExists("accessEvent")
            }
            guard isRecord else { throw StoreError.notARecord(path: path) }
        } catch let error as DatabaseError {
            throw error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
                ? StoreError.notARecord(path: path)
                : StoreError.cannotOpen(path: path, reason: SQLiteStore.describe(error))
        }
    }

    /// Whether this process can write the file and create its `-wal` and `-shm` beside it.
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// The URI that opens a file immutable: read as it is, no lock, no file created.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:" + escaped + "?immutable=1"
    }
}

extension SQLiteStore {
    /// Opens a record for a command that only reads. A file that is not a carnet record is
    /// refused unchanged; a record this process cannot write (mode 0400, read-only media, a
    /// folder it cannot write) is opened read-only and immutable, leaving nothing beside it.
    /// A record it can write opens as usual (its connections' last close tidies the `-wal`
    /// and `-shm` away, which read-only connections cannot).
    public static func openForReading(at path: String) throws -> SQLiteStore {
        try RecordFile.checkIsRecord(path)
        guard RecordFile.isWritable(path) else { return try openReadOnly(at: path, immutable: true) }
        return try open(at: path)
    }

    /// Opens a record for a command that writes: refuses a file that is not a carnet record
    /// unchanged, and says plainly when the record is read-only.
    public static func openForWriting(at path: String) throws -> SQLiteStore {
        try RecordFile.checkIsRecord(path)
        guard RecordFile.isWritable(path) else { throw StoreError.readOnlyRecord(path: path) }
        return try open(at: path)
    }
}

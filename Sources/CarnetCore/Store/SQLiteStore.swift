import Foundation
import GRDB

/// A record in a SQLite file, the `RecordStore` of a person's own carnet. GRDB stays inside:
/// callers ask for record-level things, and every statement is a named query of this folder.
///
/// ```swift
/// let store = try SQLiteStore.open(at: DataPaths.record())
/// let patient = try store.patient(matching: nil)
/// let page = try store.documents(of: patient.id, limit: 40)
/// ```
public final class SQLiteStore: RecordStore {
    public let path: String
    public var location: String { path }
    let pool: DatabasePool
    /// Opened for reading only: nothing this store does can write.
    public let isReadOnly: Bool

    init(path: String, pool: DatabasePool, readOnly: Bool = false) {
        self.path = path
        self.pool = pool
        self.isReadOnly = readOnly
    }

    /// Opens an existing record and brings its schema up to date.
    public static func open(at path: String) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.noRecord(path: path)
        }
        return try connect(at: path)
    }

    /// Opens an existing record for reading only, as the kiosk does: SQLite's read-only open
    /// flag on every connection, and `PRAGMA query_only` besides, so that no code path can
    /// write. A record whose schema is not up to date is refused (migrating would write).
    /// With `immutable`, SQLite reads the file as it is, without the `-wal` and `-shm` files
    /// that it could not create beside a file or in a folder it cannot write.
    public static func openReadOnly(at path: String, immutable: Bool = false) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.noRecord(path: path)
        }
        var config = Configuration()
        config.readonly = true
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA query_only = ON")
            try setReaderCache(db)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(
                path: immutable ? RecordFile.immutableURI(path) : path, configuration: config)
            let migrator = Schema.migrator
            try pool.read { db in
                guard try db.tableExists("grdb_migrations") else { throw StoreError.notARecord(path: path) }
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                if try !migrator.hasCompletedMigrations(db) { throw StoreError.needsUpdate(path: path) }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notARecord(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: describe(error))
        }
        return SQLiteStore(path: path, pool: pool, readOnly: true)
    }

    /// Creates a new, empty record; refuses if a file is already there.
    public static func create(at path: String) throws -> SQLiteStore {
        try createPrivateFile(at: path)
        do {
            return try connect(at: path)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Runs `body` in one write transaction: everything it writes lands, or nothing does.
    @discardableResult
    public func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T {
        do {
            return try pool.write { db in try body(SQLiteTransaction(db: db)) }
        } catch let error as DatabaseError {
            throw Self.refusal(error)
        }
    }

    /// Runs `body` in one read transaction: a consistent view of the record.
    public func read<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        try reading { db in try body(SQLiteTransaction(db: db)) }
    }

    /// Runs `body` in one read transaction on the database itself (this folder's queries).
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Self.refusal(error)
        }
    }

    /// Closes the database; the store cannot be used afterwards. The readers close first, so
    /// that the writer, closing last, checkpoints the `-wal` file and removes it with the
    /// `-shm` (GRDB's `close` closes the writer first, and a reader still open keeps both).
    public func close() throws {
        pool.releaseMemory()
        try pool.close()
    }

    /// A value from the record's key-value metadata.
    public func metadata(_ key: String) throws -> String? {
        try reading { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
    }

    // MARK: - Opening

    private static func connect(at path: String) throws -> SQLiteStore {
        _ = HeapTuning.applied
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Two processes (the TUI and `carnet pro`) write the same record.
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            if db.configuration.readonly { try setReaderCache(db) }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notARecord(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: describe(error))
        }
        try migrate(pool, path: path)
        return SQLiteStore(path: path, pool: pool)
    }

    /// A reader keeps 512 KiB of pages rather than SQLite's 2 MiB: its reads are keyset pages
    /// and kept counts, a few pages each, and the one long read (the real count of a history
    /// of a million events when a record opens) goes through 5 MB of index that no cache
    /// would hold; its 2 MiB of pages stayed in the browser's memory (BENCHMARKS.md, Browser
    /// memory). The writer keeps the default: bulk writes (the large demo, an import) need it.
    private static func setReaderCache(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -512")
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Schema.migrator
        do {
            try pool.write { db in
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                let tables = try db.tableExists("grdb_migrations")
                let anyTable =
                    try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if !tables && anyTable > 0 { throw StoreError.notARecord(path: path) }
            }
            try migrator.migrate(pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notARecord(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: describe(error))
        }
    }

    /// Creates the file with mode 0600 before SQLite opens it: a health record is private.
    /// SQLite gives the -wal and -shm files the same mode.
    static func createPrivateFile(at path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "cannot create folder \(directory)")
            }
        }
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 {
            if errno == EEXIST { throw StoreError.recordExists(path: path) }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        Foundation.close(fd)
    }

    static func describe(_ error: DatabaseError) -> String {
        error.message ?? error.description
    }

    /// The record's own rules (its triggers) said in the reader's language; any other
    /// failure of the database with SQLite's words.
    static func refusal(_ error: DatabaseError) -> StoreError {
        let rules: [String: Phrase] = [
            "the treating doctor cannot be blocked": .ruleTreatingDoctorNotBlocked,
            "the treating doctor must be a physician who is not blocked": .ruleTreatingDoctorPhysician,
            "the access history is append-only": .ruleAppendOnly,
        ]
        if let message = error.message, let phrase = rules[message] { return .rule(phrase, []) }
        return .refused(describe(error))
    }
}

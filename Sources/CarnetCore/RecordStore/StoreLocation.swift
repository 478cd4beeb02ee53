import Foundation

/// Where a record is kept, as `--db` names it, and the one place where the concrete store
/// behind `RecordStore` is chosen. Today every location is a SQLite file (`SQLiteStore`).
///
/// ```swift
/// let store = try StoreLocation(argument: "carnet.sqlite").openForWriting()
/// ```
public enum StoreLocation: Sendable, Equatable {
    /// A SQLite file: the person's own carnet, the demo, a kiosk's copy.
    case file(String)

    /// The location `--db` names.
    public init(argument: String) {
        self = .file(argument)
    }

    /// The file's path.
    public var path: String {
        switch self {
        case .file(let path): path
        }
    }

    /// Whether a record is there already.
    public var exists: Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Opens an existing record and brings its schema up to date.
    public func open() throws -> any RecordStore {
        try SQLiteStore.open(at: path)
    }

    /// Opens a record for a command that only reads: something that is not a carnet record is
    /// refused unchanged; a record this process cannot write opens read-only.
    public func openForReading() throws -> any RecordStore {
        try SQLiteStore.openForReading(at: path)
    }

    /// Opens a record for a command that writes: says plainly when the record is read-only.
    public func openForWriting() throws -> any RecordStore {
        try SQLiteStore.openForWriting(at: path)
    }

    /// Opens a record for reading only, as the kiosk does: no code path can write.
    public func openReadOnly() throws -> any RecordStore {
        try SQLiteStore.openReadOnly(at: path)
    }

    /// Creates a new, empty record; refuses if one is already there.
    public func create() throws -> any RecordStore {
        try SQLiteStore.create(at: path)
    }

    /// What can be told of the record without changing it (`carnet doctor`): its schema and
    /// its patients' chains.
    public func inspect() throws -> RecordInspection {
        try SQLiteStore.inspect(at: path)
    }

    /// How many migrations a current record has: the record schema this carnet writes.
    public static var schemaVersion: Int { SQLiteStore.schemaVersion }

    /// Removes a record that was just created and must not stay (an import that wrote nothing).
    public func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

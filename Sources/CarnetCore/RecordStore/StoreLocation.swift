import Foundation

/// Where a record is kept, as `--db` names it, and the one place where the concrete store
/// behind `RecordStore` is chosen: a path is a SQLite file (`SQLiteStore`); a `postgres://`
/// or `postgresql://` URL is a database on a server, opened by the `ServerStore` the
/// executable registered for it.
///
/// ```swift
/// let store = try StoreLocation(argument: "carnet.sqlite").openForWriting()
/// ```
public enum StoreLocation: Sendable, Equatable {
    /// A SQLite file: the person's own carnet, the demo, a kiosk's copy.
    case file(String)
    /// A database on a server, its URL as given (it may hold a password: see `description`).
    case server(String)

    /// The URL schemes that name a server rather than a file.
    public static let serverSchemes = ["postgres", "postgresql"]

    /// The location `--db` names: a URL of a server's scheme, or else the path of a file (a
    /// folder named `postgres:` is never made of a URL).
    public init(argument: String) {
        if let scheme = Self.scheme(of: argument), Self.serverSchemes.contains(scheme) {
            self = .server(argument)
        } else {
            self = .file(argument)
        }
    }

    /// The file's path, or nil for a server.
    public var filePath: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    /// The file's path, or the server's URL without its password: what may be shown and
    /// what carnet remembers the record by.
    public var description: String {
        switch self {
        case .file(let path): path
        case .server(let url):
            Self.scheme(of: url).flatMap(ServerStore.registered(for:))?.describe(url) ?? Self.withoutPassword(url)
        }
    }

    /// Whether a record file is there already; a server is asked when the record is opened.
    public var exists: Bool {
        switch self {
        case .file(let path): FileManager.default.fileExists(atPath: path)
        case .server: true
        }
    }

    /// Opens an existing record and brings its schema up to date.
    public func open() throws -> any RecordStore {
        try open(.existing)
    }

    /// Opens a record for a command that only reads: something that is not a carnet record is
    /// refused unchanged; a record this process cannot write opens read-only.
    public func openForReading() throws -> any RecordStore {
        try open(.reading)
    }

    /// Opens a record for a command that writes: says plainly when the record is read-only.
    public func openForWriting() throws -> any RecordStore {
        try open(.writing)
    }

    /// Opens a record for reading only, as the kiosk does: no code path can write.
    public func openReadOnly() throws -> any RecordStore {
        try open(.readOnly)
    }

    /// Creates a new, empty record; refuses if one is already there.
    public func create() throws -> any RecordStore {
        try open(.create)
    }

    /// Opens the record as asked: the one switch over the kinds of store.
    public func open(_ how: StoreOpening) throws -> any RecordStore {
        switch self {
        case .file(let path):
            switch how {
            case .existing: return try SQLiteStore.open(at: path)
            case .reading: return try SQLiteStore.openForReading(at: path)
            case .writing: return try SQLiteStore.openForWriting(at: path)
            case .readOnly: return try SQLiteStore.openReadOnly(at: path)
            case .create: return try SQLiteStore.create(at: path)
            }
        case .server(let url):
            guard let scheme = Self.scheme(of: url), let store = ServerStore.registered(for: scheme) else {
                throw StoreError.rule(.storeNoServer, [description])
            }
            return try store.open(url, how)
        }
    }

    /// What can be told of a record file without changing it (`carnet doctor`): its schema
    /// and its patients' chains.
    public static func inspect(file path: String) throws -> RecordInspection {
        try SQLiteStore.inspect(at: path)
    }

    /// How many migrations a current record has: the record schema this carnet writes.
    public static var schemaVersion: Int { SQLiteStore.schemaVersion }

    /// Removes a record file that was just created and must not stay (an import that wrote
    /// nothing); a server's record is left to its administrator.
    public func remove() {
        guard case .file(let path) = self else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The scheme of a URL, lowercased ("postgres" of "POSTGRES://…"), or nil for a path.
    static func scheme(of text: String) -> String? {
        guard let colon = text.range(of: "://") else { return nil }
        let scheme = text[..<colon.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else {
            return nil
        }
        return scheme.lowercased()
    }

    /// A URL with its password taken out (`postgres://carnet@host/db`).
    static func withoutPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        let user = authority[..<at]
        guard let colon = user.firstIndex(of: ":") else { return url }
        return String(url[..<scheme.upperBound]) + user[..<colon] + authority[at...] + rest[authorityEnd...]
    }
}

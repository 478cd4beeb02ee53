import Foundation

/// How a store is asked to open its record, whatever keeps it.
public enum StoreOpening: Sendable, Equatable {
    /// An existing record, its schema brought up to date.
    case existing
    /// For a command that only reads: nothing is created or migrated.
    case reading
    /// For a command that writes.
    case writing
    /// Read-only through and through, as a kiosk is.
    case readOnly
    /// A new, empty record; refused where a record already is.
    case create
}

/// The stores of records kept on a server (PostgreSQL), which the executable registers when it
/// is built with them: CarnetCore knows a server's location, not its driver.
public struct ServerStore: Sendable {
    /// The URL schemes it opens, lowercased ("postgres", "postgresql").
    public var schemes: [String]
    /// Opens the record at a URL.
    public var open: @Sendable (_ url: String, _ how: StoreOpening) throws -> any RecordStore
    /// The URL as it may be shown: never its password.
    public var describe: @Sendable (_ url: String) -> String

    public init(
        schemes: [String], open: @escaping @Sendable (String, StoreOpening) throws -> any RecordStore,
        describe: @escaping @Sendable (String) -> String
    ) {
        self.schemes = schemes
        self.open = open
        self.describe = describe
    }

    /// Makes a server store available to every `StoreLocation` of its schemes.
    public static func register(_ store: ServerStore) {
        registry.withLock { $0.append(store) }
    }

    static func registered(for scheme: String) -> ServerStore? {
        registry.withLock { stores in stores.last { $0.schemes.contains(scheme) } }
    }

    private static let registry = Locked<[ServerStore]>([])
}

/// A value behind a lock, for the few globals a process sets once.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

import CarnetCore

/// carnet's version: the one place it is written. `scripts/package-deb` reads it back from
/// `carnet --version`, so a package always carries the version of the binary inside.
enum CarnetVersion {
    static let number = "0.1.0"

    /// What `carnet --version` prints: the version and the record schema this build writes,
    /// which tells whether it can open a record another carnet wrote.
    static var line: String { "carnet \(number) (record schema \(StoreLocation.schemaVersion))" }
}

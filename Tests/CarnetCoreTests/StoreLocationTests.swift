import Foundation
import Testing

@testable import CarnetCore

/// `--db` as a user types it: a path is a file, a PostgreSQL URL is a server, and a URL's
/// password is never shown.
@Suite struct StoreLocationTests {
    @Test(arguments: [
        ("carnet.sqlite", StoreLocation.file("carnet.sqlite")),
        ("/tmp/dossier.sqlite", .file("/tmp/dossier.sqlite")),
        ("postgres://carnet@127.0.0.1:55432/carnet", .server("postgres://carnet@127.0.0.1:55432/carnet")),
        ("postgresql://db.example/carnet?sslmode=require", .server("postgresql://db.example/carnet?sslmode=require")),
        ("POSTGRES://carnet@host/db", .server("POSTGRES://carnet@host/db")),
        // Not a server this carnet knows: a file of that odd name, as before.
        ("mysql://host/db", .file("mysql://host/db")),
        ("postgres:carnet", .file("postgres:carnet")),
    ])
    func aPathIsAFileAndAPostgreSQLURLIsAServer(_ argument: String, _ expected: StoreLocation) {
        #expect(StoreLocation(argument: argument) == expected)
    }

    @Test func aURLsPasswordIsNeverShown() {
        let location = StoreLocation(argument: "postgres://carnet:s3cr%40t@db.example:5432/carnet?sslmode=require")
        #expect(!location.description.contains("s3cr"))
        #expect(location.description.hasPrefix("postgres://carnet@db.example"))
        #expect(
            StoreLocation.withoutPassword("postgres://carnet:pw@host/db?x=1") == "postgres://carnet@host/db?x=1")
        #expect(StoreLocation.withoutPassword("postgres://carnet@host/db") == "postgres://carnet@host/db")
        #expect(StoreLocation.withoutPassword("postgres://host/db") == "postgres://host/db")
        #expect(StoreLocation(argument: "a:b@c.sqlite").description == "a:b@c.sqlite")
    }

    @Test func aServerWithoutAStoreForItIsRefusedClearlyAndNothingIsMade() throws {
        guard ServerStore.registered(for: "postgres") == nil else { return }
        let location = StoreLocation(argument: "postgres://carnet:secret@127.0.0.1:1/carnet")
        #expect(throws: StoreError.rule(.storeNoServer, ["postgres://carnet@127.0.0.1:1/carnet"])) {
            try location.create()
        }
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/postgres:"))
        let message = StoreError.rule(.storeNoServer, [location.description]).message(Catalog(.fr))
        #expect(message.hasPrefix("postgres://carnet@127.0.0.1:1/carnet désigne une base PostgreSQL"))
    }
}

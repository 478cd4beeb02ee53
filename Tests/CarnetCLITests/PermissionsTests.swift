import Foundation
import Testing

/// A record, its -wal and -shm and carnet's data folder open to other users are said and
/// made private when they are the user's own.
@Suite struct PermissionsTests {
    func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func anOpenRecordAndFolderAreSaidAndTightened() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let record = carnet.dataDirectory + "/demo.sqlite"
        chmod(record, 0o644)
        chmod(carnet.dataDirectory, 0o755)
        let result = try carnet.run(["documents", "list", "--demo"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("demo.sqlite was open to other users (mode 644); carnet made it private (mode 600)"), "\(result.stderr)")
        #expect(result.stderr.contains("carnet was open to other users (mode 755); carnet made it private (mode 700)"))
        #expect(try mode(record) == 0o600)
        #expect(try mode(carnet.dataDirectory) == 0o700)
        let again = try carnet.run(["documents", "list", "--demo"])
        #expect(!again.stderr.contains("open to other users"), "said once, then private")
    }

    @Test func aFolderOfTheUsersChoosingIsLeftAlone() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let folder = carnet.path("documents")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o755)
        try carnet.run(["init", "--name", "Léa Roux", "--birth-date", "1992-07-08", "--db", folder + "/mine.sqlite"])
        try carnet.run(["documents", "list", "--db", folder + "/mine.sqlite"])
        #expect(try mode(folder) == 0o755)
        #expect(try mode(folder + "/mine.sqlite") == 0o600)
    }
}

import Foundation
import Testing

/// A demo killed midway leaves `demo.sqlite.partial` and its `-wal`: the next command of any
/// kind removes them, unless a demo still writing holds its lock.
@Suite struct DemoLeftoversTests {
    @Test func theNextCommandRemovesAKilledDemosFiles() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let partial = carnet.dataDirectory + "/demo.sqlite.partial"
        for suffix in ["", "-wal", "-shm"] {
            _ = FileManager.default.createFile(atPath: partial + suffix, contents: Data(count: 4096))
        }
        // Any command, even one that fails for another reason.
        let result = try carnet.run(["log", "verify", "--db", carnet.path("nowhere.sqlite")])
        #expect(result.status == 1)
        for suffix in ["", "-wal", "-shm", ".lock"] {
            #expect(!FileManager.default.fileExists(atPath: partial + suffix), "\(suffix)")
        }
        #expect(try carnet.run(["log", "verify", "--demo"]).status == 0, "the demo itself is untouched")
    }

    @Test func aDemoStillWritingKeepsItsFiles() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let partial = carnet.dataDirectory + "/demo.sqlite.partial"
        _ = FileManager.default.createFile(atPath: partial, contents: Data(count: 4096))
        // This test holds the lock, as a demo at work does.
        let lock = open(partial + ".lock", O_RDWR | O_CREAT, 0o600)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        defer { close(lock) }
        try carnet.run(["documents", "list", "--demo"])
        #expect(FileManager.default.fileExists(atPath: partial))
        let second = try carnet.run(["demo", "--no-open", "--force"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("another carnet is writing the demo record"), "\(second.stderr)")
    }
}

import Foundation
import Testing

/// Reading commands never create, migrate or change a file that is not a carnet record, and a
/// record this user cannot write is read read-only, leaving nothing beside it.
@Suite struct RecordFileTests {
    @Test func aReadingCommandLeavesAnEmptyFileEmpty() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let empty = carnet.path("empty.sqlite")
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        for command in [["documents", "list"], ["log"], ["log", "verify"], ["measure", "list", "weight"]] {
            let result = try carnet.run(command + ["--db", empty])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("is not a carnet record"), "\(result.stderr)")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int == 0)
        #expect(!FileManager.default.fileExists(atPath: empty + "-wal"))
    }

    @Test(.enabled(if: SQLiteShell.available, "needs the sqlite3 command"))
    func anotherProgramsDatabaseIsRefusedUnchanged() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let other = carnet.path("other.sqlite")
        try SQLiteShell.run(other, "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('keep me');")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for command in [["documents", "list"], ["measure", "add", "weight", "70"], ["log", "verify"]] {
            let result = try carnet.run(command + ["--db", other])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("is not a carnet record"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before, "still in rollback-journal mode")
        #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: other + "-shm"))
    }

    /// Runs carnet as `nobody` when the tests run as root (root writes a 0400 file anyway).
    @Test(.enabled(if: CarnetRunner.canRunAsOther))
    func aRecordThisUserCannotWriteIsReadAndWritesSayWhy() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let (folder, record) = try carnet.sharedReadOnlyDemo("record.sqlite")
        let list = try carnet.runAsOther(["documents", "list", "--db", record, "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try list.jsonObjects().count == 16)
        #expect(!list.stderr.contains("readonly database"))
        #expect(!FileManager.default.fileExists(atPath: record + "-wal"), "nothing left beside it")
        #expect(!FileManager.default.fileExists(atPath: record + "-shm"))
        let add = try carnet.runAsOther(["measure", "add", "weight", "70", "--db", record])
        #expect(add.status == 1)
        #expect(add.stderr.contains("is read-only (its mode, its folder or its medium)"), "\(add.stderr)")
        // In a folder it cannot write either.
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let locked = try carnet.runAsOther(["log", "verify", "--db", record])
        #expect(locked.status == 0, "\(locked.stderr)")
        #expect(locked.stdout == "40 events, chain intact\n")
    }
}

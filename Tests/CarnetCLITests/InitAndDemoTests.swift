import Foundation
import Testing

@Suite struct InitAndDemoTests {
    @Test func initCreatesAPrivateRecordOnceAndRefusesASecondTime() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let first = try carnet.run(["init", "--name", "Léa Roux", "--birth-date", "1992-07-08"])
        #expect(first.status == 0, "\(first.stderr)")
        let path = carnet.dataDirectory + "/carnet.sqlite"
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let second = try carnet.run(["init", "--name", "Someone Else", "--birth-date", "1950-01-01"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let summary = try carnet.run([])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("Léa Roux"))
        #expect(!summary.stdout.contains("Someone Else"))
    }

    @Test func initWithABadDateExplainsAndLeavesNothingBehind() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let result = try carnet.run(["init", "--name", "Léa", "--birth-date", "08/07/1992"])
        #expect(result.status == 64, "a bad date is a bad usage, as everywhere")
        #expect(result.stderr.contains("YYYY-MM-DD"))
        #expect(!FileManager.default.fileExists(atPath: carnet.dataDirectory + "/carnet.sqlite"))
        let retry = try carnet.run(["init", "--name", "Léa", "--birth-date", "1992-07-08"])
        #expect(retry.status == 0)
    }

    @Test func demoNeverTouchesTheUsersRecord() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["init", "--name", "Léa Roux", "--birth-date", "1992-07-08"])
        let demo = try carnet.run(["demo", "--no-open"])
        #expect(demo.status == 0)
        #expect(demo.stdout.contains("Camille Durand"))
        #expect(try carnet.run(["access", "list", "--json"]).jsonObjects().isEmpty)
        // Writing the demo over a real record is refused.
        let over = try carnet.run([
            "demo", "--no-open", "--force", "--db", carnet.dataDirectory + "/carnet.sqlite",
        ])
        #expect(over.status == 1)
        #expect(over.stderr.contains("not a demo record"))
        #expect(try carnet.run([]).stdout.contains("Léa Roux"))
    }

    @Test func demoIsKeptUnlessForcedOrResized() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        #expect(try carnet.run(["demo", "--no-open"]).stdout.contains("Wrote the small demo"))
        #expect(try carnet.run(["demo", "--no-open"]).stdout.contains("already at"))
        #expect(try carnet.run(["demo", "--no-open", "--force"]).stdout.contains("Wrote the small demo"))
    }
}

/// A PostgreSQL URL given where a path was expected is never taken for a path.
@Suite struct ServerLocationCommandTests {
    @Test func aDatabaseURLMakesNoFolderAndNeverPrintsItsPassword() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let url = "postgres://carnet:hunter2@127.0.0.1:1/carnet"
        for arguments in [["demo", "--no-open", "--db", url], ["init", "--name", "Léa", "--birth-date", "1992-07-08", "--db", url]] {
            let result = try carnet.run(arguments)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
            #expect(result.stderr.contains("postgres://carnet@127.0.0.1"))
            #expect(result.stderr.contains("cannot reach the PostgreSQL server at 127.0.0.1:1"), "\(result.stderr)")
        }
        // From the environment too, as `CARNET_DATABASE_URL`.
        let listed = try carnet.run(["documents", "list"], environment: ["CARNET_DATABASE_URL": url])
        #expect(listed.status == 1)
        #expect(!listed.stderr.contains("hunter2"))
        #expect(!FileManager.default.fileExists(atPath: carnet.home + "/postgres:"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/postgres:"))
    }
}

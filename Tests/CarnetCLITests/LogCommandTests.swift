import Foundation
import Testing

@Suite struct LogCommandTests {
    /// One small demo written once for the tests that only read it.
    static let shared: CarnetRunner = {
        let runner = CarnetRunner()
        _ = try! runner.run(["demo", "--no-open"])
        return runner
    }()

    var carnet: CarnetRunner { Self.shared }

    static let keys: Set<String> = [
        "id", "at", "actorId", "actorName", "actorType", "action", "target", "outcome", "emergency", "reason", "hash",
    ]

    func log(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try carnet.run(["log", "--demo", "--json"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try result.jsonObjects()
    }

    @Test func jsonHasTheKeysOfTheDesignNewestFirst() throws {
        let rows = try log([])
        #expect(rows.count == 40)
        for row in rows {
            #expect(Set(row.keys) == Self.keys)
            #expect(["done", "denied"].contains(row["outcome"] as? String))
            #expect(row["emergency"] is Bool)
            #expect((row["hash"] as? String)?.count == 64)
        }
        let instants = rows.map { ISO8601DateFormatter().date(from: $0["at"] as! String)! }
        #expect(instants == instants.sorted(by: >), "newest first")
        #expect(rows.filter { $0["emergency"] as? Bool == true }.count == 1)
        #expect(rows.contains { $0["outcome"] as? String == "denied" })
        #expect(
            try log(["--limit", "3"]).map { $0["id"] as! String }
                == rows.prefix(3).map { $0["id"] as! String })
    }

    @Test func actorAndDayFiltersMatchTheWholeHistoryFiltered() throws {
        let all = try log([])
        let doctor = try log(["--actor", "10000000001"])
        #expect(!doctor.isEmpty)
        #expect(
            doctor.map { $0["id"] as! String }
                == all.filter { $0["actorId"] as? String == "10000000001" }.map { $0["id"] as! String })

        // Days are local days, and --until includes the day it names.
        let days = try log(["--since", "2026-01-15", "--until", "2026-10-21"])
        let expected = all.filter {
            let day = String(($0["at"] as! String).prefix(10))
            return day >= "2026-01-15" && day <= "2026-10-21"
        }
        #expect(days.map { $0["id"] as! String } == expected.map { $0["id"] as! String })
        #expect(days.first.map { ($0["at"] as! String).hasPrefix("2026-10-21") } == true)
        #expect(days.last.map { ($0["at"] as! String).hasPrefix("2026-01-15") } == true)
    }

    @Test func dateTimesAreInstantsInAnyOffset() throws {
        let all = try log([])
        let event = all[5]
        let at = event["at"] as! String
        let exactly = try log(["--since", at, "--until", at])
        #expect(exactly.map { $0["id"] as! String } == [event["id"] as! String])
        // The same instant in UTC.
        let utc = ISO8601DateFormatter().string(from: ISO8601DateFormatter().date(from: at)!)
        #expect(try log(["--since", utc, "--until", utc]).count == 1)
        #expect(try log(["--since", at]).count == 6)
    }

    @Test(arguments: [
        "2026-13-01", "yesterday", "2026-11-20T25:00", "20/11/2026", "2026-02-30", "2026-11-20T10:00+1",
    ])
    func aBadDateIsABadUsageThatSaysTheForm(_ value: String) throws {
        for option in ["--since", "--until"] {
            let result = try carnet.run(["log", "--demo", option, value])
            #expect(result.status == 64, "\(option) \(value)")
            #expect(result.stderr.contains("YYYY-MM-DD"), "\(result.stderr)")
        }
    }

    @Test func humanOutputIsATable() throws {
        let result = try carnet.run(["log", "--demo", "--limit", "2"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[0].contains("ACTOR"))
        #expect(lines[1].contains("Julien Bernard"))
    }

    @Test func verifySaysTheChainIsIntact() throws {
        let result = try carnet.run(["log", "verify", "--demo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "40 events, chain intact\n")
    }

    @Test(.enabled(if: SQLiteShell.available, "needs the sqlite3 command (scripts/bootstrap installs it)"))
    func verifyNamesATamperedEventAndFails() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let path = carnet.dataDirectory + "/demo.sqlite"
        try SQLiteShell.run(
            path,
            "DROP TRIGGER access_event_no_update; UPDATE accessEvent SET actorName = 'Mallory' WHERE id = 12;"
        )
        let result = try carnet.run(["log", "verify", "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("event 12 does not match"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // The history still lists, with the edit in it: verification is what tells.
        #expect(try carnet.run(["log", "--demo", "--json"]).jsonObjects().count == 40)
    }
}

/// The `sqlite3` command-line tool, to edit a record around carnet as an intruder would.
enum SQLiteShell {
    static let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").map { "\($0)/sqlite3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { path != nil }

    static func run(_ database: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [database, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 failed on \(sql)")
    }
}

import CarnetCore
import Foundation
import Testing

@Suite struct DoctorCommandTests {
    /// The findings of `carnet doctor --json`, by check (the first of each).
    func findings(_ result: CarnetRunner.Result) throws -> [String: [String: Any]] {
        var byCheck: [String: [String: Any]] = [:]
        for object in try result.jsonObjects() {
            let check = try #require(object["check"] as? String)
            if byCheck[check] == nil { byCheck[check] = object }
        }
        return byCheck
    }

    @Test func versionSaysTheVersionAndTheSchemaItWrites() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let result = try carnet.run(["--version"])
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.hasPrefix("carnet "))
        #expect(line.hasSuffix("(record schema \(SQLiteStore.schemaVersion))"), "\(line)")
        let version = line.split(separator: " ")[1]
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." })
    }

    @Test func aHealthySetUpHasNoProblemAndIsLeftUntouched() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let record = carnet.dataDirectory + "/demo.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: record))
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

        let result = try carnet.run(["doctor", "--demo", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let found = try findings(result)
        let problems = try result.jsonObjects().filter { $0["status"] as? String == "problem" }
        #expect(problems.isEmpty, "\(problems)")
        #expect(found["terminal"]?["value"] as? String == "xterm-256color")
        #expect(found["colours"]?["value"] as? String == "256")
        #expect(found["schema"]?["value"] as? String == String(SQLiteStore.schemaVersion))
        #expect(found["permissions"]?["value"] as? String == "0600")
        #expect(found["chain"]?["found"] as? String == "Camille Durand: intact, 40 events.")
        #expect(found["record"]?["value"] as? String == record)
        // It reports and changes nothing: no -wal or -shm beside the record, not a byte changed.
        #expect(try Data(contentsOf: URL(fileURLWithPath: record)) == before)
        let files = try FileManager.default.contentsOfDirectory(atPath: carnet.dataDirectory)
        #expect(files == ["demo.sqlite"])
    }

    @Test func aBrokenSetUpIsExplainedInWords() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let record = carnet.dataDirectory + "/demo.sqlite"
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: record)

        let result = try carnet.run(["doctor", "--demo"], environment: ["TERM": "dumb", "LANG": "C.UTF-8"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "Permissions: PROBLEM. Other users have access to \(record) (mode 0644), and it holds health data. "
                    + "Run: chmod 600 \(record)"), "\(result.stdout)")
        #expect(
            lines.contains { $0.hasPrefix("Terminal: warning. TERM is dumb: carnet starts in linear mode") },
            "\(result.stdout)")
        #expect(
            lines.last == "Problems: 1, warnings: 2. Each line above says what to do.", "\(result.stdout)")
        // Reporting is all it does: the mode is still 0644.
        let mode = try FileManager.default.attributesOfItem(atPath: record)[.posixPermissions] as? Int
        #expect(mode == 0o644)

        let french = try carnet.run(["doctor", "--demo", "--lang", "fr"], environment: ["TERM": "dumb"])
        #expect(
            french.stdout.contains("Droits d’accès : PROBLÈME. D’autres utilisateurs ont accès à \(record)"))
    }

    @Test func noRecordAnUnknownTerminalAndATamperedHistoryEachSayWhatToDo() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let missing = try carnet.run(["doctor", "--json"], environment: ["TERM": "no-such-terminal"])
        #expect(missing.status == 1)
        let found = try findings(missing)
        #expect(found["terminal"]?["status"] as? String == "problem")
        #expect((found["terminal"]?["advice"] as? String)?.contains("ncurses-term") == true)
        #expect(found["record"]?["status"] as? String == "problem")
        #expect((found["record"]?["advice"] as? String)?.contains("carnet init") == true)
        // Asking about a record that is not there does not create it.
        #expect(!FileManager.default.fileExists(atPath: carnet.dataDirectory + "/carnet.sqlite"))

        try carnet.run(["demo", "--no-open"])
        let record = carnet.dataDirectory + "/demo.sqlite"
        let edit = Process()
        edit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        edit.arguments = [
            "sqlite3", record,
            "DROP TRIGGER access_event_no_update; UPDATE accessEvent SET actorName = 'Someone' WHERE id = 5;",
        ]
        try edit.run()
        edit.waitUntilExit()
        let tampered = try carnet.run(["doctor", "--demo", "--json"], environment: ["TERM": "xterm"])
        #expect(tampered.status == 1)
        let chain = try #require(try findings(tampered)["chain"])
        #expect(chain["status"] as? String == "problem")
        #expect((chain["found"] as? String)?.contains("event 5") == true, "\(chain)")
        #expect((chain["advice"] as? String)?.contains("carnet log verify") == true)
    }

    @Test func onATerminalItMeasuresTheWindow() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        // Piped through grep, standard input stays the terminal, whose size doctor reads.
        let pane = try carnet.browser("doctor --demo | grep Window", width: 120, height: 10)
        defer { pane.stop() }
        try await pane.expectScreenContains(
            "Window size: PROBLEM. 120 columns by 10 rows: below 40 by 12, carnet only says that the window is too small."
        )
    }
}

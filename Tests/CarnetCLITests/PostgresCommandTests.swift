import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

/// carnet on a PostgreSQL server as a clinic uses it, through the real binary: the demo lists
/// as the demo in a file does, a record moves both ways, a kiosk on the read-only role cannot
/// write, and eight processes appending at once leave one unbroken chain.
@Suite(.serialized, .enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresCommandTests {
    let carnet = CarnetRunner()

    /// A new, empty database of the test cluster, as a URL carnet can open (password in it).
    func database(_ label: String) throws -> (url: String, name: String, cluster: PostgresCluster) {
        let cluster = try PostgresCluster.shared()
        let name = try cluster.makeDatabase(label)
        return (cluster.urlWithPassword(database: name), name, cluster)
    }

    @Test func theDemoOnAServerListsAsTheDemoInAFile() throws {
        defer { carnet.cleanUp() }
        let server = try database("demo")
        #expect(try carnet.run(["demo", "--no-open"]).status == 0)
        let written = try carnet.run(["demo", "--no-open", "--db", server.url])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(!written.stdout.contains(server.cluster.superuserPassword))
        for patient in [[], ["--patient", "lea"]] {
            let inFile = try carnet.listings(["--demo"] + patient)
            let onServer = try carnet.listings(["--db", server.url] + patient)
            for (listing, rows) in inFile { #expect(onServer[listing] == rows, "\(patient) \(listing)") }
            #expect(
                try carnet.recordState(["--db", server.url] + patient) == carnet.recordState(["--demo"] + patient))
        }
        // The same demo again is found there; anything else is refused, nothing changed.
        let again = try carnet.run(["demo", "--no-open", "--db", server.url])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try carnet.run(["init", "--db", server.url, "--name", "Ana", "--birth-date", "1990-01-01"]).status == 1)
    }

    @Test func copyMovesARecordToTheServerAndBackWithItsChain() throws {
        defer { carnet.cleanUp() }
        let server = try database("copy")
        #expect(try carnet.run(["demo", "--no-open"]).status == 0)
        let up = try carnet.run(["copy", "--demo", "--to", server.url])
        #expect(up.status == 0, "\(up.stderr)")
        #expect(up.stdout.contains("Copied record 1 (Camille Durand)"), "\(up.stdout)")
        #expect(up.stdout.contains("Chain verified"), "\(up.stdout)")
        #expect(!up.stdout.contains(server.cluster.superuserPassword))
        let back = carnet.path("back.sqlite")
        let down = try carnet.run(["copy", "--from", server.url, "--to", back])
        #expect(down.status == 0, "\(down.stderr)")
        let original = try carnet.listings(["--demo"])
        for (database, label) in [(["--db", server.url], "server"), (["--db", back], "back")] {
            let copied = try carnet.listings(database)
            for (listing, rows) in original { #expect(copied[listing] == rows, "\(label) \(listing)") }
            #expect(try carnet.recordState(database) == carnet.recordState(["--demo"]), "\(label)")
        }
        // The record is there already: the same ids are refused, nothing is copied twice.
        let again = try carnet.run(["copy", "--demo", "--to", server.url])
        #expect(again.status == 1)
        #expect(again.stderr.contains("the destination already has a record with id 1"), "\(again.stderr)")
        // A write after the copy takes a fresh id: the server's sequences moved past the copied ones.
        let note = carnet.path("note.txt")
        try Data("Après la copie".utf8).write(to: URL(fileURLWithPath: note))
        let added = try carnet.run([
            "documents", "add", note, "--db", server.url, "--category", "AUTR_DOC", "--title", "Après la copie",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try carnet.run(["log", "verify", "--db", server.url]).status == 0)
    }

    @Test func anExportImportedIntoAnEmptyDatabaseMakesTheRecord() throws {
        defer { carnet.cleanUp() }
        let server = try database("import")
        #expect(try carnet.run(["demo", "--no-open"]).status == 0)
        let bundle = carnet.path("export.json")
        #expect(try carnet.run(["export", "--demo", "--out", bundle]).status == 0)
        let imported = try carnet.run(["import", bundle, "--db", server.url])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("16 documents"), "\(imported.stdout)")
        let records = try carnet.run(["records", "list", "--db", server.url, "--json"]).jsonObjects()
        #expect(records.map { $0["name"] as? String } == ["Camille Durand"])
        #expect(try carnet.run(["documents", "list", "--db", server.url, "--json"]).jsonObjects().count == 16)
        #expect(try carnet.run(["log", "verify", "--db", server.url]).status == 0)
    }

    @Test func aKioskOnTheReadOnlyRoleCannotWrite() throws {
        defer { carnet.cleanUp() }
        let server = try database("kiosk")
        #expect(try carnet.run(["demo", "--no-open", "--db", server.url]).status == 0)
        // The roles as `carnet db roles` prints them, run by the owner; names of this test only.
        let suffix = server.name.split(separator: "_").last.map(String.init) ?? "x"
        let kioskRole = "kiosk_\(suffix)"
        let roles = try carnet.run([
            "db", "roles", "--database", server.name, "--application-role", "app_\(suffix)", "--kiosk-role", kioskRole,
        ])
        #expect(roles.status == 0, "\(roles.stderr)")
        try server.cluster.psql(roles.stdout, database: server.name)
        try server.cluster.psql("ALTER ROLE \(kioskRole) PASSWORD 'kiosque'")
        let kiosk = "postgres://\(kioskRole):kiosque@\(server.cluster.host):\(server.cluster.port)/\(server.name)?sslmode=disable"
        let before = try carnet.listings(["--db", server.url])

        // It reads…
        let listed = try carnet.run(["documents", "list", "--db", kiosk])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("Bilan lipidique"))
        // …and every write is refused by the server, whatever carnet asks for.
        let doctor = DemoCast.treatingDoctor
        for command in [
            ["pro", "--db", kiosk, "--rpps", doctor.rpps, "read", "2"],
            ["measure", "add", "29463-7", "70", "--db", kiosk],
            ["notifications", "read", "--all", "--db", kiosk],
        ] {
            let refused = try carnet.run(command)
            #expect(refused.status == 1, "\(command): \(refused.stdout)")
            #expect(refused.stderr.contains("permission denied") || refused.stderr.contains("read-only"),
                    "\(command): \(refused.stderr)")
        }
        #expect(try carnet.listings(["--db", server.url]) == before)
    }

    @Test func aBannerCrossesProcessesWithinASecond() async throws {
        defer { carnet.cleanUp() }
        let server = try database("banner")
        #expect(try carnet.run(["demo", "--no-open", "--db", server.url]).status == 0)
        let tui = try carnet.browser("--db '\(server.url)'")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        try tui.press("Down")
        try await tui.expectFocused("Bilan lipidique")
        let cursor = try tui.cursor()
        // Another process with its own connection commits; the browser hears it through
        // LISTEN/NOTIFY and reads the new notification from the record.
        let doctor = DemoCast.treatingDoctor
        let read = try carnet.run(["pro", "--db", server.url, "--rpps", doctor.rpps, "read", "2"])
        #expect(read.status == 0, "\(read.stderr)")
        try await tui.expectScreenContains("\(doctor.name) (physician, general practice) read “", timeout: 1)
        #expect(try tui.cursor() == cursor)
        try await tui.expectScreenContains("2 unread · 2/16")
        #expect(try !tui.screen().joined().contains(server.cluster.superuserPassword))
    }

    @Test func eightProcessesAppendingAtOnceLeaveOneUnbrokenChain() async throws {
        defer { carnet.cleanUp() }
        let server = try database("writers")
        #expect(try carnet.run(["demo", "--no-open", "--db", server.url]).status == 0)
        let before = try events(server.url)
        // Eight shells at once, each reading a document as the treating doctor 200 times: each
        // read is a write (its access event and the patient's notification), from its own
        // process and connection.
        let doctor = DemoCast.treatingDoctor
        let loop =
            "i=0; while [ $i -lt 200 ]; do '\(CarnetRunner.executable.path)' pro --db '\(server.url)' --rpps \(doctor.rpps) read 2 > /dev/null || exit 1; i=$((i+1)); done"
        let shells = try await carnet.runAtOnce(Array(repeating: ["-c", loop], count: 8), executable: "/bin/sh")
        for shell in shells { #expect(shell.status == 0, "\(shell.stderr)") }
        #expect(try events(server.url) == before + 1_600)
    }

    /// How many events the history holds, as `carnet log verify` counts them with the chain intact.
    func events(_ url: String) throws -> Int {
        let verified = try carnet.run(["log", "verify", "--db", url])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
        guard let count = verified.stdout.components(separatedBy: " events, chain intact").first else { return -1 }
        return Int(count.split(separator: "\n").last.map { $0.filter(\.isNumber) } ?? "") ?? -1
    }
}

extension CarnetRunner {
    /// Runs a program several times at once, each on a thread of its own, and waits for all.
    func runAtOnce(_ runs: [[String]], executable: String) async throws -> [Result] {
        try await withThrowingTaskGroup(of: Result.self) { group in
            for arguments in runs {
                group.addTask {
                    try await withCheckedThrowingContinuation { continuation in
                        Thread.detachNewThread {
                            continuation.resume(
                                with: Swift.Result {
                                    try self.run(arguments, executable: URL(fileURLWithPath: executable))
                                })
                        }
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

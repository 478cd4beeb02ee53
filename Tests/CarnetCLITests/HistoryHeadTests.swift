import Foundation
import Testing

/// `carnet log head`, `log verify --head` and the head carnet remembers outside the record:
/// the history cut, wiped or stripped of its guards around carnet, as an intruder with
/// `sqlite3` would.
@Suite(.enabled(if: SQLiteShell.available, "needs the sqlite3 command (scripts/bootstrap installs it)"))
struct HistoryHeadTests {
    let carnet = CarnetRunner()
    var demo: String { carnet.dataDirectory + "/demo.sqlite" }

    init() throws {
        try carnet.run(["demo", "--no-open"])
    }

    func head() throws -> String {
        let result = try carnet.run(["log", "head", "--demo"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    @Test func theHeadIsPrintedAndAnIntactHistoryExtendsIt() throws {
        defer { carnet.cleanUp() }
        let head = try head()
        #expect(head.hasPrefix("40 events · "), "\(head)")
        #expect(head.count == "40 events · 0000 0000 0000".count)
        try carnet.run(["measure", "add", "weight", "70", "--demo"])
        let result = try carnet.run(["log", "verify", "--demo", "--head", head])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("extends the head you kept (40 events); it now holds 41"))
        let bad = try carnet.run(["log", "verify", "--demo", "--head", "forty"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("is not a head as `carnet log head` prints it"))
    }

    @Test func deletingTheNewestEventFailsVerifyNamingTheCut() throws {
        defer { carnet.cleanUp() }
        let head = try head()
        try SQLiteShell.run(
            demo,
            "DROP TRIGGER access_event_no_delete; DELETE FROM notification WHERE eventId = 40; DELETE FROM accessEvent WHERE id = 40;"
        )
        let result = try carnet.run(["log", "verify", "--demo", "--head", head])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the history held 40 events on"), "\(result.stderr)")
        #expect(result.stderr.contains("it now holds 39: events were removed"))
        #expect(result.stderr.contains("the head you kept held 40 events; it now holds 39"))
        #expect(!result.stdout.contains("chain intact"))
        // Every other command says it too, on standard error, and still works.
        let list = try carnet.run(["documents", "list", "--demo"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("Warning: the history held 40 events on"))
    }

    @Test func deletingEveryEventIsAWipedHistory() throws {
        defer { carnet.cleanUp() }
        _ = try head()
        try SQLiteShell.run(
            demo, "DROP TRIGGER access_event_no_delete; DELETE FROM notification; DELETE FROM accessEvent;")
        let result = try carnet.run(["log", "verify", "--demo"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it now holds 0"), "\(result.stderr)")
        #expect(result.stderr.contains("the access history is empty, yet the record holds 16 documents"))
    }

    @Test func aDroppedTriggerIsReportedByReadingAndRestoredByWriting() throws {
        defer { carnet.cleanUp() }
        try SQLiteShell.run(demo, "DROP TRIGGER access_event_no_update;")
        let verify = try carnet.run(["log", "verify", "--demo"])
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("append-only guards are missing (access_event_no_update)"))
        let read = try carnet.run(["documents", "list", "--demo"])
        #expect(read.stderr.contains("guards are missing"))
        #expect(try carnet.run(["log", "verify", "--demo"]).status == 1, "a reading command only reports")
        let write = try carnet.run(["measure", "add", "weight", "70", "--demo"])
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stderr.contains("guards were missing (access_event_no_update); they are restored"))
        let after = try carnet.run(["log", "verify", "--demo"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == "41 events, chain intact\n")
    }

    @Test func anUnwritableStateFolderIsSaidAndCarnetGoesOn() throws {
        defer { carnet.cleanUp() }
        // A file where the folder should be: nothing can be created under it.
        try FileManager.default.createDirectory(
            atPath: carnet.home + "/state", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: carnet.home + "/state/carnet", contents: Data())
        let result = try carnet.run(["documents", "list", "--demo"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cannot keep the history's head in"), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "cannot keep").count == 2, "said once")
    }

    /// The browser looks at the history once its first frame is drawn: the cut is said on the
    /// status line as soon as the look ends, and on standard error once the screen is put back.
    @Test func theBrowserSaysACutOnItsStatusLineAndAfterItEnds() async throws {
        defer { carnet.cleanUp() }
        _ = try head()
        try SQLiteShell.run(
            demo,
            "DROP TRIGGER access_event_no_delete; DELETE FROM notification WHERE eventId = 40; DELETE FROM accessEvent WHERE id = 40;"
        )
        let tui = try carnet.browser("--demo", width: 160)
        defer { tui.stop() }
        try await tui.expectScreenContains("Warning: the history held 40 events on")
        try await tui.expectScreenContains("it now holds 39: events were removed")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
        let after = try tui.screen().joined(separator: "\n")
        #expect(after.contains("Warning: the history held 40 events on"), "\(after)")
        #expect(!after.contains("Documents · "), "the screen was put back first")
    }
}

import Foundation
import Testing

/// `carnet --kiosk` in tmux, as a clinic runs it: every key of every pane pressed, nothing
/// written, no way out by the keyboard, locked when idle, unlocked by the PIN only.
@Suite(.serialized) struct KioskEndToEndTests {
    func start(_ carnet: CarnetRunner, _ arguments: String) throws -> TmuxDriver {
        try carnet.browser(arguments)
    }

    /// The file's bytes: compared whole, before and after.
    func digest(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test func aKioskWithoutAPinRefusesToStart() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let refused = try carnet.run(["--kiosk", "--demo"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no kiosk PIN"))
        #expect(refused.stderr.contains("carnet kiosk set-pin"))
        let badPin = try carnet.run(["kiosk", "set-pin", "--demo"], stdin: "12\n12\n")
        #expect(badPin.status == 1)
        #expect(badPin.stderr.contains("4 to 12 digits"))
    }

    @Test func everyKeyChangesNothingNothingLeavesAndTheIdleLockHidesTheRecord() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let set = try carnet.run(["kiosk", "set-pin", "--demo"], stdin: "2468\n2468\n")
        #expect(set.status == 0, "\(set.stderr)")
        let database = carnet.dataDirectory + "/demo.sqlite"
        let before = try digest(database)

        // 20 s: long enough that a loaded machine sending the hundred keys below does not lock
        // the kiosk midway; the lock itself is awaited further down.
        let tui = try start(carnet, "--kiosk --demo --idle-timeout 20")
        defer { tui.stop() }
        try await tui.expectScreenContains("read-only kiosk")
        try await tui.expectFocused("Carnet de glycémies")
        // Every key, in every pane and view: the record must not change, nothing must open a
        // form or a question, and nothing must leave.
        let keys = [
            "a", "m", "d", "DC", "b", "u", "x", "f", "c", "t", "o", "Enter", "Escape", "C-c", "C-z", "C-\\",
            "q",
        ]
        // One burst per pane: a tmux call per key took over the idle timeout on a loaded machine.
        for pane in ["1", "2", "3", "4", "5"] {
            try tui.press([pane] + keys + ["w", "Down", "Enter", "Space", "Down", "b", "Escape"])
        }
        try await Task.sleep(for: .milliseconds(300))
        try await tui.expect("no form, question or exit") { lines in
            let screen = lines.joined(separator: "\n")
            return !screen.contains("EXITED") && !screen.contains("Confirm") && !screen.contains("Add a")
        }
        try tui.press("1", "Home")
        try await tui.expectScreenContains("Documents · 16")
        try await tui.expectFocused("Carnet de glycémies")

        // Idle: the record leaves the screen, the patient's name too.
        try await tui.expectScreenContains("this kiosk is locked", timeout: 40)
        let locked = try tui.screen().joined(separator: "\n")
        #expect(!locked.contains("Camille"))
        #expect(!locked.contains("Durand"))
        #expect(!locked.contains("glycémie"))
        try tui.press("1", "3", "5", "7", "Enter")
        try await tui.expectScreenContains("Wrong PIN. 4 tries left")
        #expect(!(try tui.screen().joined().contains("Camille")))
        try tui.press("C-c", "q")
        try tui.press("2", "4", "6", "8", "Enter")
        try await tui.expectScreenContains("Documents · 16", timeout: 15)
        try await tui.expectFocused("Carnet de glycémies")

        tui.stop()
        try await Task.sleep(for: .milliseconds(300))
        #expect(try digest(database) == before, "the database file is byte-identical")
    }
}

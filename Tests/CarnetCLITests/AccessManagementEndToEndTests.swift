import Foundation
import Testing

/// The patient manages access from the browser, and the record's rules follow at once: a
/// professional blocked in the TUI is refused by `carnet pro`, and the refusal tops the history.
@Suite(.serialized) struct AccessManagementEndToEndTests {
    func start(_ carnet: CarnetRunner, _ arguments: String) throws -> TmuxDriver {
        try carnet.browser(arguments)
    }

    /// Moves the focus down "who may access" to the line holding `name`.
    func focus(_ name: String, in tui: TmuxDriver) async throws {
        try await tui.expectScreenContains("Who may access ·")
        try tui.press("Home")
        try await tui.expectFocused("Your record")
        for _ in 0..<14 {
            let lines = try tui.screen()
            let cursor = try tui.cursor()
            if lines.indices.contains(cursor.row), lines[cursor.row].contains(name) { return }
            try tui.press("Down")
            // One step at a time: the next look must see the frame after this key.
            try await tui.expect("the cursor to move down") { _ in try tui.cursor().row > cursor.row }
        }
        try await tui.expectFocused(name)
    }

    /// Waits until the line under the cursor (wherever on it) contains `text`.
    func expectCursorLine(_ tui: TmuxDriver, _ text: String) async throws {
        try await tui.expect("the cursor on a line with \"\(text)\"") { lines in
            let cursor = try tui.cursor()
            return lines.indices.contains(cursor.row) && lines[cursor.row].contains(text)
        }
    }

    @Test func blockInTheBrowserThenTheProfessionalIsRefusedAndTheRefusalTopsTheHistory() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        try tui.press("5")
        try await tui.expectScreenContains("Access history · 40 · every event, newest first")
        try tui.press("w")
        try await tui.expectScreenContains("Access history › Who may access · 13")
        try await focus("Julien Bernard", in: tui)

        try tui.press("b")
        try await expectCursorLine(tui, "Block Julien Bernard, pharmacist? They will no longer see")
        try await tui.expectScreenContains("y: yes    n or Esc: no")
        try tui.press("y")
        try await tui.expectScreenContains(
            "Julien Bernard (pharmacist) is blocked: they will no longer see any document.")
        try await tui.expectFocused("Julien Bernard")
        try await expectCursorLine(tui, "BLOCKED")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
        tui.stop()

        let refused = try carnet.run(["pro", "--demo", "--rpps", "10000000002", "read", "2"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("blocked"))
        #expect(refused.stdout.isEmpty)

        let again = try start(carnet, "--demo")
        defer { again.stop() }
        try again.press("5")
        try await again.expectScreenContains("Access history · 42")
        try await again.expectFocused("Julien Bernard (pro)")
        try await expectCursorLine(again, "DENIED")
        try again.press("Down")
        try await again.expectFocused("Camille Durand (you)")
        try await expectCursorLine(again, "block")
        try await expectCursorLine(again, "Julien Bernard")

        // And back: unblocked, with a confirmation too.
        try again.press("w")
        try await focus("Julien Bernard", in: again)
        try again.press("u")
        try await expectCursorLine(again, "Unblock Julien Bernard, pharmacist?")
        try again.press("y")
        try await again.expectFocused("Julien Bernard")
        try await expectCursorLine(again, "no decision")
        try again.press("q")
        try await again.expectScreenContains("EXITED 0")
    }
}

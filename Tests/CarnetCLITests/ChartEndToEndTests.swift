import Foundation
import Testing

/// A kind's chart in tmux, as a patient reads it: the cursor's reading on the status line
/// and the terminal cursor on its column, the ranges, and the screen reader's table instead.
@Suite(.serialized) struct ChartEndToEndTests {
    func start(_ carnet: CarnetRunner, _ arguments: String) throws -> TmuxDriver {
        try carnet.browser(arguments)
    }

    static func isBraille(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
    }

    @Test func theGlucoseChartReadsOutTheReadingUnderItsCursor() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        defer { tui.stop() }
        try tui.press("3")
        try await tui.expectScreenContains("Measurements · 9")
        try tui.press("End", "Up")
        try await tui.expectFocused("Blood glucose")
        try tui.press("Enter")
        try await tui.expectScreenContains("mg/dL  1 month  3 months  1 year  5 years  [all]")
        // Over all time a column is eight days: its readings' range is read out.
        try await tui.expectScreenContains(
            "13 November to 20 November 2026: last 115 mg/dL; 8 readings, from 106 mg/dL to 117 mg/dL")
        try tui.press("+", "+", "+", "+")
        try await tui.expectScreenContains("[1 month]")
        try await tui.expectScreenContains("20 November 2026 at 07:00: 115 mg/dL")
        try await tui.expect("the cursor on the latest reading's column, on its dots") { lines in
            let cursor = try tui.cursor()
            let line = Array(lines[cursor.row])
            return cursor.col == 99 && line.indices.contains(cursor.col) && Self.isBraille(line[cursor.col])
        }
        try tui.press("Left")
        try await tui.expectScreenContains("19 November 2026 at 07:00: 113 mg/dL")
        try await tui.expect("the cursor a day to the left") { _ in try tui.cursor().col == 96 }
        try tui.press("Down")
        try await tui.expectFocused("2026-11-20 07:00")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    @Test func inScreenReaderModeTheSameReadingsAreASummaryAndATable() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "--screen-reader demo")
        defer { tui.stop() }
        try tui.press("3")
        try await tui.expectScreenContains("Measurements, pane 3 of 5")
        try tui.press("End", "Up", "Enter")
        try await tui.expectScreenContains("Blood glucose 115 mg/dL on 20 November 2026")
        try await tui.expectFocused("Reading 1 of 730: Blood glucose 115 mg/dL, 20 November 2026 at 07:00")
        try await tui.expect("no box, block or braille character") { lines in
            !lines.joined().contains { Self.isBraille($0) || $0 == "┄" || $0 == "┤" || $0 == "│" }
        }
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }
}

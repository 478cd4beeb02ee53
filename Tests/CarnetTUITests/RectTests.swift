import Testing

@testable import CarnetTUI

/// The screen is split into areas, as ratatui's `Layout` does: lengths first, fills share the rest.
@Suite struct RectTests {
    @Test func lengthsAreGivenFirstAndTheFillTakesTheRest() {
        let parts = Rect(row: 0, height: 24, width: 80).split([.length(1), .fill, .length(2), .length(1)])
        #expect(parts.map(\.row) == [0, 1, 21, 23])
        #expect(parts.map(\.height) == [1, 20, 2, 1])
        #expect(parts.allSatisfy { $0.width == 80 })
    }

    @Test func fillsShareTheRestTheFirstTakingTheRemainder() {
        let parts = Rect(row: 2, height: 11, width: 10).split([.fill, .length(2), .fill])
        #expect(parts.map(\.height) == [5, 2, 4])
        #expect(parts.map(\.row) == [2, 7, 9])
    }

    @Test func aShortRectGivesLengthsInOrderUntilItRunsOut() {
        let parts = Rect(row: 0, height: 3, width: 10).split([.length(2), .length(2), .fill])
        #expect(parts.map(\.height) == [2, 1, 0])
        #expect(parts.last?.bottom == 3)
    }

    @Test func theBrowsersAreasTouchAndFillTheWindow() {
        let layout = ScreenLayout(rows: 24, cols: 100, above: 2, chart: 8, banners: 3)
        let areas = [
            layout.bar, layout.heading, layout.above, layout.chart, layout.list, layout.banners, layout.status,
        ]
        #expect(areas.map(\.height) == [1, 1, 2, 8, 8, 3, 1])
        #expect(zip(areas, areas.dropFirst()).allSatisfy { $0.bottom == $1.row })
        #expect(layout.status.row == 23)
        #expect(layout.headingAndBody == Rect(row: 1, height: 19, width: 100))
    }

    @Test func theListGetsWhatTheChartAndTheLinesAboveLeave() {
        var state = AppState(rows: 30, cols: 100, patientName: "Test Patient")
        #expect(state.listHeight == 30 - 4, "tab bar, heading, column headers, status line")
        #expect(state.pageHeight == 30 - 3)
        state.screenReader = true
        #expect(state.listHeight == 30 - 3, "heading, announcement, status line")
    }
}

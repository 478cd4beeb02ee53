import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The chart above a kind's readings as the keys drive it: the cursor from reading to
/// reading, the ranges, the focus between chart and table, and where there is no chart.
@Suite struct ChartUpdateTests {
    static let sizes: [ListID: Int] = [.documents: 3, .measurementTypes: 2, .readings(.weight): 105]

    /// The weight's readings opened in a 100×30 window: a chart of 93 columns (a gutter of 7).
    func opened(rows: Int = 30, cols: Int = 100) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: Self.sizes)
        harness.press(.char("3"), .enter)
        return harness
    }

    var chart: (Harness) -> ChartState { { $0.state.charts[.weight] ?? ChartState() } }

    @Test func openingAKindAsksForOneBucketPerColumnOverAllItsTime() {
        let harness = opened()
        #expect(harness.state.chartFocused)
        let requests = harness.source.chartRequests
        #expect(requests.count == 1, "asked once, not once per answer")
        #expect(requests.first?.0 == .weight)
        #expect(requests.first?.span == nil)
        #expect(requests.first?.count == 93)
        let screen = AppView.render(harness.state)
        // The fake's readings repeat 100, 120, nothing, 200, 60: the latest is in column 91.
        #expect(chart(harness).cursorIndex == 91)
        #expect(screen.cursor.col == 7 + 91)
        #expect(
            screen.lines()[screen.cursor.row].unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
        )
        #expect(screen.lines()[29].contains(": 120 kg  ←→ move  ↓ table  +- range  Esc back  a add"))
    }

    @Test func aChildsChartGetsTheWHOCurvesAndAnAdultsNone() throws {
        let adult = opened()
        #expect(chart(adult).buckets != nil && chart(adult).curves == nil)
        var harness = Harness(rows: 30, cols: 100, sizes: Self.sizes)
        harness.source.growthChild = ("2025-09-01", .female)
        harness.press(.char("3"), .enter)
        let curves = try #require(chart(harness).curves)
        #expect(curves.columns.count == 93 && curves.birthDate == "2025-09-01")
        #expect(
            AppView.render(harness.state).lines().contains {
                $0.hasSuffix("curves: WHO 3rd–97th percentiles")
            })
    }

    @Test func leftAndRightMoveFromReadingToReadingOverEmptyBuckets() {
        var harness = opened()
        var columns: [Int] = []
        for _ in 0..<5 {
            harness.press(.left)
            columns.append(AppView.render(harness.state).cursor.col - 7)
        }
        #expect(columns == [90, 89, 88, 86, 85], "column 87 is empty")
        #expect(harness.lines[29].contains(": 100 kg"))
        harness.press(.right, .right)
        #expect(AppView.render(harness.state).cursor.col - 7 == 88)
        #expect(harness.lines[29].contains(": 200 kg"))
        harness.press(.home)
        #expect(chart(harness).cursorIndex == 0)
        harness.press(.left)
        #expect(chart(harness).cursorIndex == 0, "no reading before the first")
        harness.press(.end)
        #expect(chart(harness).cursorIndex == 91)
        #expect(
            harness.state.currentList == .readings(.weight),
            "Left does not go back while the chart has the keys")
    }

    @Test func plusAndMinusChangeTheRangeAndAskForItsBuckets() {
        var harness = opened()
        harness.press(.char("-"))
        #expect(chart(harness).range == .all)
        #expect(harness.source.chartRequests.count == 1, "all is the longest: nothing new to read")
        harness.press(.char("+"), .char("+"), .char("="), .char("+"), .char("+"))
        #expect(chart(harness).range == .month)
        let days: [Int64?] = [nil, 1_826, 365, 91, 30]
        #expect(harness.source.chartRequests.map(\.span) == days.map { $0.map { $0 * 86_400 } })
        #expect(harness.lines[3].hasPrefix("kg     [1 month]  3 months  1 year  5 years  all"))
        harness.press(.char("-"))
        #expect(chart(harness).range == .quarter)
    }

    @Test func downGoesIntoTheTableAndUpFromItsFirstRowComesBack() {
        var harness = opened()
        harness.press(.down)
        #expect(!harness.state.chartFocused)
        #expect(harness.state.current.focus == 0, "the table keeps its row")
        let tableTop = 2 + harness.state.wrappedLinesAboveList.count + harness.state.chartLayout!.height + 1
        #expect(AppView.render(harness.state).cursor == (tableTop, 0))
        #expect(harness.lines[29].hasPrefix("↑↓ move  ←→ chart  +- range  Esc back  a add"))
        harness.press(.down, .down, .up)
        #expect(harness.state.current.focus == 1)
        harness.press(.up)
        #expect(!harness.state.chartFocused)
        harness.press(.up)
        #expect(harness.state.chartFocused)
        harness.press(.down, .down)
        #expect(harness.state.current.focus == 1)
        harness.press(.left)
        #expect(harness.state.chartFocused, "Left in the table moves the chart's cursor")
        #expect(chart(harness).cursorIndex == 90)
    }

    @Test func escAndHGoBackAndTheChartKeepsItsRange() {
        var harness = opened()
        harness.press(.char("+"), .escape)
        #expect(harness.state.currentList == .measurementTypes)
        harness.press(.enter)
        #expect(chart(harness).range == .fiveYears)
        harness.press(.char("h"))
        #expect(harness.state.currentList == .measurementTypes)
    }

    @Test func theHelpListsTheChartsKeys() {
        var harness = opened()
        harness.press(.char("?"))
        let summaries = KeyMap.helpLines(for: harness.state).map { Catalog(.en)[$0.summary] }
        #expect(summaries.contains("Chart cursor to the reading before"))
        #expect(summaries.contains("Longer time shown (1 month, 3 months, 1 year, 5 years, all)"))
        #expect(summaries.contains("Down into the readings table"))
    }

    @Test func aSmallWindowShowsTheTableAloneWithTheKeysItHadBefore() {
        var harness = opened(rows: 12, cols: 40)
        #expect(harness.state.chartLayout == nil)
        #expect(harness.source.chartRequests.isEmpty)
        #expect(drawingCharacters(in: harness.lines).isEmpty)
        harness.press(.left)
        #expect(harness.state.currentList == .measurementTypes, "Left goes back where there is no chart")
    }

    @Test func aResizeAsksForTheNewNumberOfColumnsAndKeepsTheCursorsReading() {
        var harness = opened()
        harness.press(.left, .left)
        let reading = chart(harness).cursorAt
        harness.send(.resized(rows: 30, cols: 80))
        #expect(harness.source.chartRequests.last?.count == 73)
        #expect(chart(harness).cursorAt == reading)
        harness.send(.resized(rows: 12, cols: 80))
        #expect(harness.state.chartLayout == nil)
        #expect(AppView.render(harness.state).cursor.col == 0, "the cursor back on the table's row")
    }

    @Test func aChangeToTheRecordReadsTheChartAgain() {
        var harness = opened()
        harness.send(.changed("Added Weight 69.9 kg"))
        #expect(harness.source.chartRequests.count == 2)
    }

    @Test func screenReaderModeHasNoChartOnlyTheSummaryAndTheTable() {
        var harness = Harness(rows: 30, cols: 100, sizes: Self.sizes)
        harness.state.screenReader = true
        harness.press(.char("3"), .enter)
        #expect(harness.source.chartRequests.isEmpty)
        let lines = harness.lines
        #expect(drawingCharacters(in: lines).isEmpty)
        #expect(lines[2].hasPrefix("Weight 82.1 kg on 3 March 2026"))
        #expect(lines.contains { $0.hasPrefix("Reading 1 of 105: item 1 in words") })
        harness.press(.left)
        #expect(harness.state.currentList == .measurementTypes)
    }

    @Test func aKindWithoutReadingsSaysSo() {
        var harness = Harness(rows: 30, cols: 100, sizes: Self.sizes)
        harness.source.chartValues = []
        harness.press(.char("3"), .enter)
        #expect(harness.lines[4] == "       Nothing here yet.")
        harness.press(.left)
        #expect(harness.lines[29].hasPrefix("←→ move  ↓ table"))
    }
}

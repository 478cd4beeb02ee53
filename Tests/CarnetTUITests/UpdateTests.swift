import CarnetCore
import Testing

@testable import CarnetTUI

@Suite struct UpdateTests {
    static let sizes: [ListID: Int] = [
        .documents: 41, .vaccinations(): 19, .measurementTypes: 2, .readings(.weight): 105,
        .profile: 16, .accessHistory(HistoryQuery()): 1_000_040,
    ]

    @Test func startsOnDocumentsWithTheFirstPageAndTheCount() {
        let harness = Harness(sizes: Self.sizes)
        #expect(harness.state.pane == .documents)
        #expect(harness.state.current.total == 41)
        #expect(harness.focusedText == "item 1")
    }

    @Test func downAndJMoveTheFocusAndUpAndKComeBack() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.down, .char("j"), .down)
        #expect(harness.focusedText == "item 4")
        harness.press(.up, .char("k"))
        #expect(harness.focusedText == "item 2")
        harness.press(.up, .up, .up)
        #expect(harness.focusedText == "item 1")
    }

    @Test func endAndGReachTheLastItemOfAMillionWithoutReadingThemAll() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.char("5"))
        #expect(harness.state.pane == .accessHistory)
        harness.press(.end)
        #expect(harness.focusedText == "item 1000040")
        #expect(harness.source.requests.count <= 3)
        harness.press(.home)
        #expect(harness.focusedText == "item 1")
        harness.press(.char("G"))
        #expect(harness.focusedText == "item 1000040")
        harness.press(.char("g"))
        #expect(harness.focusedText == "item 1")
    }

    @Test func pagingDownAndBackUpShowsEveryItemInOrder() {
        var harness = Harness(sizes: [.documents: 1_500])
        var seen: [String] = []
        for _ in 0..<1_499 {
            seen.append(harness.focusedText ?? "missing")
            harness.press(.down)
        }
        seen.append(harness.focusedText ?? "missing")
        #expect(seen == (1...1_500).map { "item \($0)" })
        // The window keeps at most windowLimit rows, so going back up reads earlier pages.
        harness.press(.pageUp, .pageUp)
        let height = harness.state.listHeight
        #expect(harness.focusedText == "item \(1_500 - 2 * height)")
        for _ in 0..<1_500 { harness.press(.up) }
        #expect(harness.focusedText == "item 1")
        #expect(harness.state.current.rows.count <= ListState.windowLimit)
    }

    @Test func everyVisibleRowIsLoadedAfterEachKey() {
        var harness = Harness(sizes: [.documents: 3_000])
        for key in [Key.end, .pageUp, .pageUp, .home, .pageDown, .pageDown, .end, .up] {
            harness.press(key)
            let list = harness.state.current
            for index in list.top..<min(list.total, list.top + harness.state.listHeight) {
                #expect(list.row(at: index)?.cells.first == "item \(index + 1)", "after \(key)")
            }
        }
    }

    @Test func tabShiftTabAndDigitsSwitchPanes() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.tab)
        #expect(harness.state.pane == .vaccinations)
        harness.press(.backTab, .backTab)
        #expect(harness.state.pane == .accessHistory)
        harness.press(.tab)
        #expect(harness.state.pane == .documents)
        for (digit, pane) in zip("12345", PaneID.allCases) {
            harness.press(.char(digit))
            #expect(harness.state.pane == pane)
            #expect(harness.state.current.loaded)
        }
    }

    @Test func eachPaneKeepsItsOwnFocus() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.down, .down, .tab, .down, .backTab)
        #expect(harness.focusedText == "item 3")
        harness.press(.tab)
        #expect(harness.focusedText == "item 2")
    }

    @Test func enterOpensAMeasurementAndEscGoesBack() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.char("3"))
        #expect(harness.state.currentList == .measurementTypes)
        harness.press(.enter)
        #expect(harness.state.currentList == .readings(.weight))
        #expect(harness.state.current.total == 105)
        harness.press(.escape)
        #expect(harness.state.currentList == .measurementTypes)
        // Enter means nothing on a list whose rows open nothing.
        harness.press(.char("1"), .enter)
        #expect(harness.state.currentList == .documents)
    }

    @Test func questionMarkShowsHelpAndEscClosesItWithoutQuitting() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.char("?"))
        #expect(harness.state.showingHelp)
        harness.press(.down, .down)
        #expect(harness.state.helpFocus == 2)
        #expect(harness.focusedText == "item 1", "the list under the help does not move")
        harness.press(.char("q"))
        #expect(!harness.state.showingHelp)
        #expect(!harness.state.quitting)
        harness.press(.char("q"))
        #expect(harness.state.exit == .quit)
    }

    @Test func signalsEndTheBrowserWithTheirOwnExitStatus() {
        for (key, exit) in [
            (Key.interrupt, AppExit.interrupted), (.terminate, .terminated), (.hangup, .hungUp),
        ] {
            var harness = Harness(sizes: Self.sizes)
            harness.press(key)
            #expect(harness.state.exit == exit)
        }
        #expect(AppExit.hungUp.status == 129)
    }

    @Test func aTooSmallWindowIgnoresKeysButQAndRecoversOnResize() {
        var harness = Harness(sizes: Self.sizes)
        harness.press(.down, .down)
        harness.send(.resized(rows: 10, cols: 30))
        #expect(!harness.state.fits)
        harness.press(.down, .tab)
        #expect(harness.state.pane == .documents)
        harness.send(.resized(rows: 30, cols: 100))
        #expect(harness.focusedText == "item 3")
        harness.send(.resized(rows: 10, cols: 30))
        harness.press(.char("q"))
        #expect(harness.state.exit == .quit)
    }

    @Test func resizingKeepsTheFocusOnScreen() {
        var harness = Harness(rows: 40, cols: 80, sizes: Self.sizes)
        harness.press(.char("5"))
        for _ in 0..<30 { harness.press(.down) }
        harness.send(.resized(rows: 12, cols: 80))
        let list = harness.state.current
        #expect(list.focus >= list.top && list.focus < list.top + harness.state.listHeight)
    }

    @Test func aFailedReadIsSaidInTheStatusLine() {
        var harness = Harness(sizes: Self.sizes)
        harness.send(.failed(.documents, "Could not read the record: disk I/O error"))
        #expect(harness.state.message == "Could not read the record: disk I/O error")
    }

    @Test func aMessageStaysWhileTheFocusMovesAndGoesWithAKeyThatMeansSomethingElse() {
        var harness = Harness(sizes: Self.sizes)
        harness.send(.failed(.documents, "Could not read the record: disk I/O error"))
        harness.press(.down, .down, .pageDown, .up, .end, .home)
        #expect(harness.state.message == "Could not read the record: disk I/O error")
        harness.press(.tab)
        #expect(harness.state.message == nil)
    }
}

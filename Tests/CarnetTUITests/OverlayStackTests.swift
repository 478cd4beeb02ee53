import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The overlays are one stack: the last opened has the keys and is drawn on top; closing it
/// shows what was beneath; the kiosk's lock stays on top of anything.
@Suite struct OverlayStackTests {
    static let sizes: [ListID: Int] = [.documents: 16, .accessHistory(HistoryQuery()): 40]

    func historyPage() -> Harness {
        var harness = Harness(rows: 24, cols: 100, sizes: Self.sizes)
        harness.press(.char("5"), .enter)
        return harness
    }

    @Test func helpOverAPageHasTheKeysAndClosingItShowsThePageAgain() {
        var harness = historyPage()
        #expect(harness.state.overlays.count == 1)
        #expect(harness.state.page != nil)
        harness.press(.char("?"))
        #expect(harness.state.overlays.map(\.coversPane) == [true, true])
        #expect(harness.lines[1].hasPrefix("Keys"))
        // The help has the keys: Down moves its focus, not the page.
        let top = harness.state.page?.top
        harness.press(.down)
        #expect(harness.state.helpFocus == 1)
        #expect(harness.state.page?.top == top)
        harness.press(.escape)
        #expect(!harness.state.showingHelp)
        #expect(harness.state.page != nil)
        #expect(harness.lines[1] == harness.state.page?.title)
    }

    @Test func aFindPromptOverAPageTakesTypingThenGoesBackToThePage() {
        var harness = historyPage()
        harness.press(.char("/"))
        #expect(harness.state.inDialog)
        #expect(KeyMap.bindings(for: harness.state).map(\.action) == [.submit, .cancel])
        // Typed, `q` and digits are text, not a pane or quitting.
        harness.type("q5")
        #expect(harness.state.prompt?.text == "q5")
        #expect(harness.state.exit == nil)
        harness.press(.escape)
        #expect(harness.state.overlays.count == 1)
        #expect(KeyMap.bindings(for: harness.state).first?.action == .back)
    }

    @Test func whatOpensWhileTheKioskIsLockedWaitsBeneathTheLock() {
        var harness = Harness(rows: 24, cols: 100, sizes: Self.sizes)
        harness.state.kiosk = true
        harness.press(.char("?"))
        harness.send(.idle)
        #expect(harness.state.overlays == [.lock(KioskLock())], "idle closes everything")
        let event = AccessEvent(
            id: 7, at: Date(timeIntervalSince1970: 1_795_700_000), actorType: .professional,
            actorId: "10000000002", actorName: "Dr Morel", action: .read, target: "record", outcome: .done)
        harness.send(.eventLoaded(event, targetName: nil))
        #expect(harness.state.topOverlay?.lock != nil)
        #expect(!harness.lines.joined().contains("Dr Morel"))
        // Keys still go to the lock: a digit is typed as a PIN, not a pane.
        harness.press(.char("3"))
        #expect(harness.state.lock?.typed == "3")
        #expect(harness.state.pane == .documents)
    }
}

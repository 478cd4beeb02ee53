import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// A record opened read-only (mode 0400, read-only media): the keys that write are absent,
/// as in a kiosk, but the patient can still quit, and the status line says why.
@Suite struct ReadOnlyRecordTests {
    func readOnly() -> Harness {
        var harness = Harness(rows: 24, cols: 100, sizes: KioskTests.sizes)
        harness.state.readOnly = true
        return harness
    }

    @Test func noKeyThatWritesIsOfferedButQuitIs() {
        var harness = readOnly()
        for pane in ["1", "2", "3", "4", "5"] {
            harness.press(.char(Character(pane)))
            let bindings = KeyMap.bindings(for: harness.state) + KeyMap.helpLines(for: harness.state)
            #expect(!bindings.contains { $0.action != .quit && $0.action.isKioskForbidden }, "\(pane)")
            #expect(bindings.contains { $0.action == .quit })
        }
    }

    @Test func theWriteKeysChangeNothingAndTheStatusLineSaysReadOnly() {
        var harness = readOnly()
        for pane in ["1", "2", "3", "5"] {
            harness.press(.char(Character(pane)))
            for key in ["a", "m", "d", "b", "u"] { harness.press(.char(Character(key))) }
            harness.press(.delete)
        }
        #expect(harness.state.form == nil)
        #expect(harness.state.confirmation == nil)
        #expect(harness.source.changes.isEmpty)
        let lines = harness.lines
        #expect(lines.last?.contains("read-only record") == true, "\(lines.last ?? "")")
        harness.press(.escape, .escape, .char("q"))
        let quitting = harness.state.quitting
        #expect(quitting, "q still leaves")
    }
}

/// The Access history pane shows the history's head on request, to keep elsewhere.
@Suite struct HistoryHeadPaneTests {
    @Test func hShowsTheHeadOnTheStatusLineAndHelpListsIt() {
        var harness = Harness(rows: 24, cols: 100, sizes: KioskTests.sizes)
        harness.press(.char("5"))
        #expect(KeyMap.helpLines(for: harness.state).contains { $0.action == .showHead })
        harness.press(.char("H"))
        let message = harness.state.message ?? ""
        #expect(message == "Head: 40 events · 7f7f 7f7f 7f7f (keep it elsewhere; `carnet log verify --head` checks it)")
        #expect(harness.lines.last?.contains("Head: 40 events · 7f7f 7f7f 7f7f") == true)
    }
}

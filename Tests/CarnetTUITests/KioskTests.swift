import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Kiosk mode: no key that writes or leaves, the lock when idle shows nothing of the record,
/// and the PIN unlocks it.
@Suite struct KioskTests {
    static let sizes: [ListID: Int] = [
        .documents: 16, .vaccinations(): 19, .measurementTypes: 2, .readings(.weight): 105,
        .profile: 16, .accessHistory(HistoryQuery()): 40,
    ]

    func kiosk(screenReader: Bool = false) -> Harness {
        var harness = Harness(rows: 24, cols: 100, sizes: Self.sizes)
        harness.state.kiosk = true
        harness.state.screenReader = screenReader
        return harness
    }

    /// Every state a patient can reach with the list keys, on every pane and view.
    func everyView(_ harness: inout Harness, _ body: (AppState) -> Void) {
        for pane in ["1", "2", "3", "4", "5"] {
            harness.press(.char(Character(pane)))
            body(harness.state)
            harness.press(.enter)
            body(harness.state)
            harness.press(.escape)
        }
        harness.press(.char("w"))
        body(harness.state)
        harness.press(.char("?"))
        body(harness.state)
        harness.press(.escape)
    }

    @Test func noKeyThatWritesOrLeavesIsOfferedAnywhere() {
        var harness = kiosk()
        everyView(&harness) { state in
            let bindings = KeyMap.bindings(for: state) + KeyMap.helpLines(for: state)
            #expect(!bindings.contains { $0.action.isKioskForbidden }, "\(state.pane)")
            #expect(!bindings.contains { $0.action == .quit })
        }
    }

    @Test func theWriteKeysDoNothingAndQuitKeysDoNotLeave() {
        var harness = kiosk()
        for pane in ["1", "2", "3", "5"] {
            harness.press(.char(Character(pane)))
            for key in ["a", "m", "d", "b", "u", "q"] { harness.press(.char(Character(key))) }
            harness.press(.delete, .interrupt, .ctrl("c"), .ctrl("z"), .ctrl("\\"))
        }
        harness.press(.char("5"), .char("w"), .down, .enter, .char(" "))
        #expect(harness.state.form == nil)
        #expect(harness.state.confirmation == nil)
        #expect(harness.source.changes.isEmpty)
        #expect(!harness.state.quitting)
        harness.send(.key(.terminate))
        #expect(harness.state.exit == .terminated, "the supervisor's SIGTERM ends it")
    }

    @Test func theStatusLineSaysReadOnlyKiosk() {
        let harness = kiosk()
        #expect(harness.lines.last?.hasSuffix("read-only kiosk · 1/16") == true)
        let spoken = kiosk(screenReader: true)
        #expect(spoken.lines.last?.hasPrefix("read-only kiosk. Keys:") == true)
    }

    @Test func idleLocksTheRecordOffTheScreenAndThePinUnlocksIt() {
        var harness = kiosk()
        harness.press(.char("2"), .enter)
        #expect(harness.state.page != nil)
        harness.send(.idle)
        let locked = harness.lines.joined(separator: "\n")
        #expect(locked.contains("this kiosk is locked"))
        #expect(!locked.contains("Test Patient"))
        #expect(!locked.contains("item"))
        #expect(harness.state.page == nil)
        // Keys other than digits do nothing; digits show as dots, never in clear.
        harness.press(.char("5"), .char("q"), .tab, .char("2"), .char("4"), .char("6"), .char("8"))
        #expect(harness.state.lock?.typed == "52468")
        #expect(harness.lines.contains { $0.contains("PIN: •••••") })
        #expect(!harness.lines.joined().contains("52468"))
        harness.press(.enter)
        #expect(harness.state.lock?.checking == true)
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[screen.cursor.row].hasPrefix("  PIN: •••••"))
        #expect(screen.cursor.col == TextWidth.width(of: "  PIN: •••••"))
    }

    @Test func aWrongPinSaysSoAndFiveWaitAMinute() {
        var harness = kiosk()
        harness.send(.idle)
        for attempt in 1...5 {
            harness.press(.char("1"), .char("1"), .char("1"), .char("1"), .enter)
            harness.send(.pinChecked(false))
            if attempt < 5 {
                #expect(
                    harness.state.lock?.message
                        == "Wrong PIN. \(5 - attempt) tries left before a one-minute wait.")
            }
        }
        #expect(harness.state.lock?.waiting == true)
        #expect(harness.state.lock?.message == "Too many wrong PINs: wait 60 seconds, then try again.")
        harness.press(.char("2"), .enter)
        #expect(harness.state.lock?.typed == "", "input waits")
        harness.send(.pinWaitOver)
        harness.press(.char("2"), .char("4"), .char("6"), .char("8"), .enter)
        harness.send(.pinChecked(true))
        #expect(harness.state.lock == nil)
        #expect(harness.state.announcement == "Unlocked. Record of Test Patient, read-only.")
        #expect(harness.lines[1].hasPrefix("Documents"))
    }

    @Test func theRunnerChecksThePinAgainstTheRecord() {
        var harness = kiosk()
        harness.send(.idle)
        let runner = AppRunner(terminal: FakeTerminal(rows: 24, cols: 100, keys: []), source: harness.source)
        for pin in ["2468", "1357"] {
            var state = harness.state
            for digit in pin { runner.perform(Update.update(&state, .key(.char(digit))), on: &state) }
            runner.perform(Update.update(&state, .key(.enter)), on: &state)
            var answers: [Msg] = []
            for _ in 0..<200 where answers.isEmpty {
                Thread.sleep(forTimeInterval: 0.01)
                answers = runner.background.answers()
            }
            #expect(answers == [.pinChecked(pin == "2468")])
        }
    }
}

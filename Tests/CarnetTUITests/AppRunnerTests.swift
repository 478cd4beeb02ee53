import Foundation
import CarnetCore
import Testing

@testable import CarnetTUI

@Suite struct AppRunnerTests {
    @Test func drawsOnlyWhenSomethingChangedAndEndsOnHangup() {
        let terminal = FakeTerminal(
            rows: 14, cols: 60, keys: [.down, .char("x"), .char("x"), .down, .char("q")])
        let source = FakeSource(sizes: [.documents: 10])
        let state = AppRunner(terminal: terminal, source: source).run(patientName: "P")
        #expect(state.exit == .quit)
        // The first frame, then one per Down; unknown keys change nothing and draw nothing.
        #expect(terminal.frames.count == 3)
        #expect(terminal.frames.last.map { $0.cursor == (5, 0) } == true)
    }

    @Test func aDeadTerminalEndsTheLoop() {
        let terminal = FakeTerminal(rows: 14, cols: 60, keys: [])
        let state = AppRunner(terminal: terminal, source: FakeSource(sizes: [:])).run(patientName: "P")
        #expect(state.exit == .hungUp)
    }

    @Test func aResizeKeyRereadsTheSize() {
        let terminal = FakeTerminal(rows: 14, cols: 60, keys: [.resize, .char("q")])
        terminal.sizeAfterResize = (10, 30)
        let source = FakeSource(sizes: [.documents: 10])
        let runner = AppRunner(terminal: terminal, source: source)
        let state = runner.run(patientName: "P")
        #expect(state.rows == 10 && state.cols == 30)
        #expect(terminal.frames.last?.lines().first == "carnet needs a window of at")
    }

    @Test func effectsBeyondTheLimitAreLeftAndSaidNotDroppedInSilence() {
        let source = FakeSource(sizes: [.documents: 10])
        let runner = AppRunner(terminal: FakeTerminal(rows: 14, cols: 60, keys: []), source: source)
        var state = AppState(rows: 14, cols: 60, patientName: "P")
        let asked = Array(repeating: Effect.load(.documents, .first, withCount: true), count: 20)
        let left = runner.perform(asked, on: &state)
        #expect(left == 20 - AppRunner.effectLimit)
        #expect(
            state.message
                == "The record kept changing while it was read: what shows is read again at the next change or key."
        )
        #expect(state.announcement == state.message)
        // Within the limit, nothing is left and nothing said.
        var calm = AppState(rows: 14, cols: 60, patientName: "P")
        #expect(runner.perform(Update.start(&calm), on: &calm) == 0)
        #expect(calm.message == nil)
    }
}

/// A record on a server that restarts: the browser says so while it cannot reach it, and
/// once back shows what happened meanwhile, though the feed's wake-up for it was lost.
@Suite struct ConnectionLossTests {
    @Test func theStatusLineSaysTheServerIsLostAndWhatHappenedMeanwhileShowsOnceBack() {
        let terminal = FakeTerminal(rows: 20, cols: 100, keys: [.char("q")])
        terminal.idleWaits = 4
        let source = FakeSource(sizes: [.documents: 10])
        var wait = 0
        var duringLoss: [String] = []
        terminal.meanwhile = {
            wait += 1
            switch wait {
            case 2: source.feedConnection = .lost(since: Date(timeIntervalSince1970: 1_795_700_000))
            case 3:
                // A professional reads while the browser is cut off: the row is written,
                // the wake-up never comes.
                source.notify(.read)
                source.changedElsewhere = false
            case 4: source.feedConnection = .connected
            default: break
            }
        }
        let runner = AppRunner(terminal: terminal, source: source)
        let state = runner.run(patientName: "P")
        for frame in terminal.frames {
            let lines = frame.lines()
            if lines.last?.contains("reconnecting…") == true { duringLoss = lines }
        }
        #expect(duringLoss.last?.hasPrefix("The record's server cannot be reached; reconnecting.") == true)
        #expect(duringLoss.last?.contains("1/10") == true, "the list stays where it was")
        let last = terminal.frames.last?.lines() ?? []
        #expect(last.contains { $0.contains("Connected to the record's server again.") })
        #expect(last.contains { $0.contains("Dr Morel (pharmacist) read your record") })
        #expect(!(last.last?.contains("reconnecting…") ?? true))
        #expect(state.notifications.unread == 1)
    }

    @Test func screenReaderModeSaysItOnItsStatusLine() {
        var state = AppState(rows: 20, cols: 100, patientName: "P")
        state.screenReader = true
        _ = Update.update(&state, .connectionChanged(.lost(since: Date())))
        #expect(state.announcement == "The record's server cannot be reached; reconnecting.")
        state.message = nil
        #expect(ScreenReaderView.render(state).lines().last?.hasPrefix("The record's server cannot be reached; reconnecting. Keys:") == true)
        let effects = Update.update(&state, .connectionChanged(.connected))
        #expect(state.announcement == "Connected to the record's server again.")
        #expect(effects.contains(.checkNotices(after: state.notifications.lastSeen)))
    }
}

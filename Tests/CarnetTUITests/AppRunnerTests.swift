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

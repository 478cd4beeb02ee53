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
}

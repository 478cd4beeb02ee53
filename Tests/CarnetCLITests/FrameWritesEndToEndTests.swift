import CarnetCore
import Foundation
import Testing

/// One frame, one write: what a key changes leaves carnet in a single write(2), which ends
/// with the cursor at column 0 of the focused row. A screen reader snapshots the screen at each
/// read of the terminal, and over SSH each write can be its own packet: a frame in pieces is
/// heard in pieces. Counted with strace on the real browser in tmux, over the large demo's
/// million-event history, and replayed in a terminal emulator to check each frame.
@Suite(.serialized) struct FrameWritesEndToEndTests {
    static let events = "1,000,040"

    @Test func everyKeyIsOneWholeFrameInBothModes() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        // Written below the other tests' priority, and without holding a test runner's thread.
        let demo = try await carnet.runAway(["demo", "--size", "large", "--no-open"], niceness: 19)
        try #require(demo.status == 0, "\(demo.stderr)")
        try await screenReaderMode(carnet)
        try await normalMode(carnet)
    }

    /// Focus moves change attributes only; the cursor ends at column 0 of the focused row.
    private func screenReaderMode(_ carnet: CarnetRunner) async throws {
        let recorder = try FrameRecorder(carnet, "--demo --screen-reader")
        defer { recorder.stop() }
        _ = try await recorder.settle(atLeast: 1)
        try await recorder.press("5")
        for key in ["Down", "Down", "Up", "PageDown", "End", "Home", "Down"] { try await recorder.press(key) }
        try await recorder.during("a banner") { try professionalReads(carnet) }
        try await recorder.press("a")
        try await recorder.press("Escape")
        try await recorder.press(Array(repeating: "Down", count: 8))
        try await recorder.press("1")
        let frames = try recorder.frames()
        let steps = recorder.steps
        let bottom = recorder.height - 1

        for step in steps where step.key != String(repeating: "Down ", count: 7) + "Down" {
            #expect(step.writes.count == 1, "\(step.key) made \(step.writes.count) writes")
        }
        for step in steps {
            for index in step.writes {
                let frame = frames[index]
                #expect(frame.cursorCol == 0, "after \(step.key) the cursor is at column \(frame.cursorCol)")
                let onFocus = frame.cursorOnReverse
                #expect(onFocus, "after \(step.key) the cursor is off the focused row")
                let focused = (2..<bottom).filter { frame.reverse[$0] > 0 }
                #expect(focused == [frame.cursorRow], "after \(step.key) rows \(focused) are in reverse")
            }
        }
        func after(_ number: Int) -> Frame { frames[steps[number].writes.last!] }
        func before(_ number: Int) -> Frame { frames[steps[number].writes.first! - 1] }
        #expect(after(0).focusedLine.hasPrefix("Event 1 of \(Self.events): "))
        #expect(after(1).focusedLine.hasPrefix("Event 2 of \(Self.events): "))
        #expect(after(3).focusedLine.hasPrefix("Event 2 of \(Self.events): "))
        // Down and Up within the lines shown: the text on screen is exactly what it was.
        for number in 1...3 { #expect(after(number).lines == before(number).lines, "\(steps[number].key)") }
        // A scroll rewrites the item lines, nothing else.
        for number in 4...6 {
            #expect(after(number).lines[0...1] == before(number).lines[0...1], "\(steps[number].key)")
            #expect(after(number).lines[bottom] == before(number).lines[bottom], "\(steps[number].key)")
        }
        #expect(after(5).focusedLine.hasPrefix("Event \(Self.events) of \(Self.events): "))
        // A banner: the announcement, the unread count, the new event; the focus stays on its event.
        let focusedEvent = before(8).focusedLine.drop { $0 != ":" }
        #expect(after(8).focusedLine.hasPrefix("Event 3 of 1,000,041"))
        #expect(after(8).focusedLine.drop { $0 != ":" } == focusedEvent)
        #expect(after(8).lines[1].contains(DemoCast.treatingDoctor.name))
        #expect(after(8).lines[bottom].hasPrefix("2 unread notifications"))
        // The burst of Downs: every write is a whole frame, the last on the eleventh event.
        #expect((1...8).contains(steps[11].writes.count))
        #expect(after(11).focusedLine.hasPrefix("Event 11 of 1,000,041"))
        #expect(after(12).focusedLine.hasPrefix("Document 1 of 5,016: "))
    }

    /// The full-screen look: still one write per key, with the cursor at the focused row's start.
    private func normalMode(_ carnet: CarnetRunner) async throws {
        let recorder = try FrameRecorder(carnet, "--demo")
        defer { recorder.stop() }
        _ = try await recorder.settle(atLeast: 1)
        try await recorder.press("5")
        for key in ["Down", "Up", "PageDown", "End", "Home"] { try await recorder.press(key) }
        try await recorder.during("a banner") { try professionalReads(carnet) }
        try await recorder.press("a")
        try await recorder.press("Escape")
        try await recorder.press(Array(repeating: "Down", count: 8))
        try await recorder.press("1")
        let frames = try recorder.frames()
        for step in recorder.steps {
            if step.key.contains(" ") {
                #expect((1...8).contains(step.writes.count), "\(step.key) made \(step.writes.count) writes")
            } else {
                #expect(step.writes.count == 1, "\(step.key) made \(step.writes.count) writes")
            }
            // A dialog's focused line starts inside its frame: the cursor is at its start.
            for index in step.writes {
                let onFocus = frames[index].cursorOnReverse
                #expect(onFocus, "after \(step.key) the cursor is off the focused row")
            }
        }
        let last = frames[recorder.steps.last!.writes.last!]
        #expect(last.lines.contains { $0.contains("Documents · 5,016") })
    }

    private func professionalReads(_ carnet: CarnetRunner) throws {
        let read = try carnet.run(["pro", "--demo", "--rpps", DemoCast.treatingDoctor.rpps, "read", "2"])
        #expect(read.status == 0, "\(read.stderr)")
    }

    typealias Frame = FrameRecorder.Frame
}

import Foundation

/// The browser in tmux under `strace`, which logs every write(2) carnet makes with its bytes.
/// Each key's writes are counted as they come; at the end the bytes are replayed write by
/// write in a terminal emulator (pyte, through `Tests/Tools/frame-replay.py`) to see what a
/// screen reader would see after each write: the screen's text and where the cursor is.
final class FrameRecorder {
    /// The screen after one write(2) to the terminal.
    struct Frame: Decodable {
        var at: Double
        var bytes: Int
        var cursor: [Int]
        var lines: [String]
        /// Per row, how many cells are in reverse video (the focused line, the status line).
        var reverse: [Int]
        /// Whether the cell under the cursor is in reverse video: the cursor is on the focus.
        var cursorOnReverse: Bool

        var cursorRow: Int { cursor[0] }
        var cursorCol: Int { cursor[1] }
        var focusedLine: String { lines[cursorRow] }
    }

    /// The writes a key caused.
    struct Step {
        var key: String
        var writes: Range<Int>
    }

    let tui: TmuxDriver
    let width: Int
    let height: Int
    private let log: String
    private(set) var steps: [Step] = []

    /// Starts `carnet ARGUMENTS` under strace in a tmux window of the given size.
    init(_ carnet: CarnetRunner, _ arguments: String, width: Int = 120, height: Int = 40) throws {
        self.width = width
        self.height = height
        log = carnet.path("writes-\(UUID().uuidString.prefix(8)).strace")
        // -f: every thread; -xx: every byte in hex; -s: whole writes; -ttt: when.
        let strace = "strace -f -qq -ttt -xx -s 10000000 -e trace=write -e signal=none -o '\(log)'"
        tui = try carnet.browser(arguments, width: width, height: height, wrapper: strace)
    }

    /// How many writes carnet has made to the terminal so far.
    func writeCount() -> Int {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return 0 }
        return text.split(separator: "\n").count { $0.contains(" write(1, ") }
    }

    /// Waits until carnet has made at least `count` writes, then until it is quiet for
    /// `quiet` seconds (a frame sent in pieces would show its later pieces then).
    func settle(atLeast count: Int, quiet: Double = 0.4, timeout: Double = 20) async throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var seen = writeCount()
        while seen < count {
            guard Date() < deadline else {
                throw TmuxDriver.Failure(
                    description: "expected \(count) writes, saw \(seen); the screen was:\n"
                        + ((try? tui.screen().joined(separator: "\n")) ?? ""))
            }
            try await Task.sleep(for: .milliseconds(50))
            seen = writeCount()
        }
        var quietSince = Date()
        while Date().timeIntervalSince(quietSince) < quiet {
            try await Task.sleep(for: .milliseconds(50))
            let now = writeCount()
            if now != seen {
                seen = now
                quietSince = Date()
            }
        }
        return seen
    }

    /// Presses keys (tmux names, sent together as one burst) and records the writes they cause.
    func press(_ keys: String...) async throws {
        try await press(keys)
    }

    func press(_ keys: [String]) async throws {
        let before = writeCount()
        try tui.press(keys)
        let after = try await settle(atLeast: before + 1)
        steps.append(Step(key: keys.joined(separator: " "), writes: before..<after))
    }

    /// Runs `action` (another process changing the record) and records the writes that follow.
    func during(_ what: String, _ action: () throws -> Void) async throws {
        let before = writeCount()
        try action()
        let after = try await settle(atLeast: before + 1)
        steps.append(Step(key: what, writes: before..<after))
    }

    /// The screen after each write so far, replayed in pyte.
    func frames() throws -> [Frame] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tools/frame-replay.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, log, String(width), String(height)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TmuxDriver.Failure(
                description: "frame-replay.py failed: " + String(decoding: problem, as: UTF8.self))
        }
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Frame.self, from: $0) }
    }

    func stop() {
        tui.stop()
        try? FileManager.default.removeItem(atPath: log)
    }
}

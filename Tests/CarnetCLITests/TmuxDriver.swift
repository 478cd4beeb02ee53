import Foundation

/// Drives a program in a detached tmux session, the way lazygit's integration tests read:
/// press keys, then expect what is on screen, retrying until a timeout instead of sleeping.
final class TmuxDriver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A tmux server of its own, so tests never touch the user's sessions or each other.
    private let socket = "carnet-test-" + UUID().uuidString.prefix(8)
    private let session = "carnet"

    /// Starts `command` (run by sh) in a window of the given size. Keep the shell alive after
    /// the program (`; sleep 600`): tmux shows a dead pane blank, whatever it printed last.
    init(width: Int, height: Int, command: String, environment: [String: String]) throws {
        var arguments = ["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height)]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments.append(command)
        try tmux(arguments)
    }

    /// Ends the tmux server and what runs in it.
    func stop() {
        _ = try? tmux(["kill-server"])
    }

    deinit { stop() }

    /// Sends keys by tmux name ("Down", "End", "q", "BTab").
    func press(_ keys: String...) throws {
        try press(keys)
    }

    /// Sends keys by tmux name in one burst, as fast typing or a held key would.
    func press(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The screen as lines of text.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
    }

    /// The screen with its attributes and colours as escape sequences (`capture-pane -e`).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", session])
    }

    /// Where the terminal cursor is: what a screen reader follows.
    func cursor() throws -> (row: Int, col: Int) {
        let text = try tmux(["display-message", "-p", "-t", session, "#{cursor_y} #{cursor_x}"])
        let parts = text.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (parts[0], parts[1])
    }

    /// A tmux format of the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func paneFormat(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", session, format]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// The process id of the program in the pane.
    func panePID() throws -> Int32 {
        Int32(
            try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Waits until `condition` holds for the screen, or fails with the last screen.
    /// Async, so that waiting gives the thread back to other tests.
    func expect(
        _ what: String, timeout: Double = 10, _ condition: ([String]) throws -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        // The screen is always looked at once more after the deadline: on two cores the test
        // runner's threads can be held by other tests for longer than the timeout, and a wait
        // that resumes late must judge the screen, not the clock.
        var looked = false
        while !looked || Date() < deadline {
            looked = Date() >= deadline
            last = try screen()
            if try condition(last) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        let pane =
            (try? tmux([
                "display-message", "-p", "-t", session,
                "pane dead: #{pane_dead}, status #{pane_dead_status}, signal #{pane_dead_signal}",
            ])) ?? ""
        throw Failure(
            description: "expected \(what); \(pane.trimmingCharacters(in: .newlines)); the screen was:\n"
                + last.joined(separator: "\n"))
    }

    func expectScreenContains(_ text: String, timeout: Double = 10) async throws {
        try await expect("the screen to contain \"\(text)\"", timeout: timeout) { lines in
            lines.contains { $0.contains(text) }
        }
    }

    /// Waits until the line under the cursor contains `text` and the cursor is at its start.
    func expectFocused(_ text: String, timeout: Double = 10) async throws {
        try await expect("the cursor on a line with \"\(text)\"", timeout: timeout) { lines in
            let cursor = try cursor()
            return cursor.col == 0 && lines.indices.contains(cursor.row)
                && lines[cursor.row].contains(text)
        }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // The tmux server lives on after this call. It must not inherit this process's
        // descriptors (other tests' pipes), so bash closes them before exec; nor the test
        // runner's blocked signals, or kill-server could not hang up what runs in it — hence
        // posix_spawn with an empty signal mask and default actions. Its output goes through
        // a file, as a pipe would be held open by the server.
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let script =
            #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec tmux "$@""#
        let status = try Self.spawn(
            ["/bin/bash", "-c", script, "tmux", "-L", String(socket)] + arguments, output: output)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed")
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Runs a program with a clean signal state, its output into a file; returns its status.
    private static func spawn(_ arguments: [String], output: String) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard result == 0 else { throw Failure(description: "cannot start \(arguments[0]): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

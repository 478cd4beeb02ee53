import Foundation

extension CarnetRunner {
    /// The real binary in a tmux pane (100×30 unless told) on this runner's data folder, as a user at a
    /// terminal would start it; the pane stays after carnet exits, showing `EXITED status`.
    /// `wrapper` is a command carnet runs under (strace); `environment` adds to or replaces
    /// the variables it starts with (a language, `NO_COLOR`).
    func browser(
        _ arguments: String, width: Int = 100, height: Int = 30, wrapper: String = "",
        environment: [String: String] = [:]
    ) throws -> TmuxDriver {
        // The tester's own NO_COLOR would reach the tmux server: only a test sets it.
        let unsetNoColor = environment["NO_COLOR"] == nil ? "env -u NO_COLOR " : ""
        return try TmuxDriver(
            width: width, height: height,
            command:
                "\(unsetNoColor)\(wrapper) '\(CarnetRunner.executable.path)' \(arguments); echo \"EXITED $?\"; sleep 600",
            environment: [
                "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": configDirectory,
                // As `run`: the heads carnet remembers stay in this runner's folder.
                "XDG_STATE_HOME": home + "/state",
                "TERM": "screen", "LANG": "C.UTF-8", "TZ": "Europe/Paris",
            ].merging(environment) { $1 })
    }
}

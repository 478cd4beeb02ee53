import Foundation

extension CarnetRunner {
    /// The real binary in a tmux pane (100×30 unless told) on this runner's data folder, as a user at a
    /// terminal would start it; the pane stays after carnet exits, showing `EXITED status`.
    /// `wrapper` is a command carnet runs under (strace).
    func browser(_ arguments: String, width: Int = 100, height: Int = 30, wrapper: String = "") throws
        -> TmuxDriver
    {
        try TmuxDriver(
            width: width, height: height,
            // The tester's own NO_COLOR would reach the tmux server: only a test sets it.
            command:
                "env -u NO_COLOR \(wrapper) '\(CarnetRunner.executable.path)' \(arguments); echo \"EXITED $?\"; sleep 600",
            environment: [
                "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": configDirectory,
                "TERM": "screen", "LANG": "C.UTF-8", "TZ": "Europe/Paris",
            ])
    }
}

import Foundation

/// Where records live: `$XDG_DATA_HOME/carnet/` (by default `~/.local/share/carnet/`).
public enum DataPaths {
    /// The folder of carnet's data.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/carnet"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/carnet"
    }

    /// The user's own record.
    public static func record(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataDirectory(environment: environment) + "/carnet.sqlite"
    }

    /// The demo record, kept apart so that a demo never touches a real record.
    public static func demo(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataDirectory(environment: environment) + "/demo.sqlite"
    }

    /// Where carnet keeps what must not live in the record itself (the history's last head
    /// seen): `$XDG_STATE_HOME/carnet/`, by default `~/.local/state/carnet/`.
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return xdg + "/carnet"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/carnet"
    }
}

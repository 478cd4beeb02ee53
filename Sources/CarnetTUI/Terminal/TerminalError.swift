/// Why the terminal could not be set up.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// ncurses could not start on this terminal type (unknown `TERM`, or none).
    case unknownTerminal(String)
    /// Another ``NcursesTerminal`` is still active in this process.
    case alreadyActive
    /// A system call failed; the second value is `errno`.
    case systemCall(String, Int32)

    public var description: String {
        switch self {
        case .unknownTerminal(let type):
            "cannot use terminal type \"\(type)\": set TERM to a known type (for example xterm-256color)"
        case .alreadyActive: "a terminal session is already active in this process"
        case .systemCall(let name, let code): "\(name) failed (errno \(code))"
        }
    }
}

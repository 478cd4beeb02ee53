import CNcursesw
import Glibc

/// What the terminal offers, read without starting ncurses or writing a byte: for
/// `carnet doctor`, which must report on a terminal without drawing on it.
public enum TerminalProbe {
    /// What terminfo says about a terminal type.
    public enum Terminfo: Sendable, Equatable {
        /// terminfo has no entry for it: the full-screen browser cannot start.
        case unknown
        /// Known, with this many colours (0: none).
        case known(colors: Int)
    }

    public static func terminfo(for term: String) -> Terminfo {
        let colors = carnet_terminfo_colors(term)
        return colors < 0 ? .unknown : .known(colors: Int(colors))
    }

    /// The window's size, from standard input, output or error, or the controlling terminal
    /// when all three are redirected; nil when there is no terminal at all.
    public static func windowSize() -> (rows: Int, cols: Int)? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where carnet_window_size(fd, &rows, &cols) == 0 {
            return (Int(rows), Int(cols))
        }
        let tty = open("/dev/tty", O_RDONLY | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        return carnet_window_size(tty, &rows, &cols) == 0 ? (Int(rows), Int(cols)) : nil
    }

    /// The locale the environment asks for and its character set, as the browser will take
    /// them: nil `name` when the C library has no such locale installed.
    public static func locale() -> (name: String?, codeset: String) {
        let name = setlocale(LC_ALL, "").map { String(cString: $0) }
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        return (name, codeset)
    }
}

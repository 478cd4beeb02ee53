/// One input event from the terminal: a key, a resize, or a signal asking carnet to stop.
///
/// Signals arrive in the same stream as keys so that the run loop has one `switch`:
/// - ``interrupt`` (SIGINT, Ctrl-C in cbreak mode): normally quit; kiosk mode ignores it.
/// - ``terminate`` (SIGTERM, SIGQUIT): restore the terminal and exit.
/// - ``hangup`` (SIGHUP, or the terminal's input is gone): restore and exit at once; the
///   terminal is dead, so the backend keeps answering `.hangup` and draws nothing.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete, insert
    /// F1 is `.function(1)`.
    case function(Int)
    /// A printable character, already decoded from UTF-8.
    case char(Character)
    /// A control chord, named by its lowercase letter: Ctrl-A is `.ctrl("a")`.
    /// Ctrl-I, Ctrl-M, Ctrl-J, Ctrl-H and Ctrl-[ arrive as tab, enter, backspace and escape.
    case ctrl(Character)
    /// The terminal changed size; ``TerminalBackend/size`` already has the new size.
    case resize
    case interrupt
    case terminate
    case hangup
    /// Another signal whose default is to end the process (SIGQUIT, SIGUSR1, SIGALRM,
    /// SIGPIPE…): the terminal is restored and the process exits with 128 plus its number.
    case signalled(Int32)
}

/// What the run loop needs from a terminal. ``NcursesTerminal`` is the real one; tests of the
/// run loop can use a fake that records frames and replays keys.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in character cells.
    var size: (rows: Int, cols: Int) { get }

    /// Waits for the next key, resize or signal.
    /// - Parameter timeoutMilliseconds: how long to wait; negative waits for ever.
    /// - Returns: nil when the time ran out with nothing to report.
    func nextKey(timeoutMilliseconds: Int) -> Key?

    /// Shows a frame, writing only what changed since the last one, then places the cursor.
    func draw(_ screen: Screen)

    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
}

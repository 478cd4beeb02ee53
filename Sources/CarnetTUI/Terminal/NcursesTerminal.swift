import CNcursesw
import Glibc

/// The terminal backend: the only code in carnet that calls ncurses.
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.restore() }
/// loop: while true {
///     terminal.draw(view(state, size: terminal.size))
///     switch terminal.nextKey(timeoutMilliseconds: 250) {
///     case .hangup?, .terminate?, .interrupt?: break loop
///     case let key?: state = update(state, key)
///     case nil: break  // poll the database, then wait again
///     }
/// }
/// ```
///
/// Setting up: UTF-8 locale, `newterm` (so a bad `TERM` is an error, not an exit), cbreak or
/// raw, no echo, keypad, a 25 ms escape delay, colours unless `NO_COLOR` is set or the terminal
/// has none, and a ``TerminalGuard`` for signals and crashes. One instance at a time.
public final class NcursesTerminal: TerminalBackend {
    /// Whether colour pairs are used; false under `NO_COLOR` or on a terminal without colours.
    public let colorEnabled: Bool
    /// The theme in use. Without colour a theme that needs colour is replaced by the
    /// monochrome one, so meaning never depends on colours that are not there.
    public var theme: Theme {
        didSet { themeChanged() }
    }

    let inputFD: Int32
    let outputFD: Int32
    private let screenHandle: OpaquePointer
    /// Collects each frame so that it leaves in one write().
    let frameWriter: FrameWriter
    let signalGuard: TerminalGuard
    var palette: NcursesPalette
    var styleCache: [Style: (attributes: attr_t, pair: Int16)] = [:]
    /// The last frame drawn, to write only what changed.
    var previous: Screen?
    /// Set after a resize or a theme change: the next frame rewrites every cell.
    var needsFullRedraw = true
    var cursorShown: Bool?
    /// ncurses may hold keys of its own (the rest of an unmatched escape sequence, a queued
    /// KEY_RESIZE) that polling the input descriptor cannot see.
    var ncursesMayHoldKeys = false
    var hungUp = false
    private var active = true

    /// Starts full-screen mode on the process's own terminal (standard input and output),
    /// with the terminal type from `TERM`.
    /// - Parameters:
    ///   - theme: how roles look; replaced by ``Theme/monochrome`` without colour.
    ///   - rawKeys: true delivers Ctrl-C, Ctrl-Z and Ctrl-\ as keys instead of signals (kiosk).
    public convenience init(theme: Theme = .default, rawKeys: Bool = false) throws(TerminalError) {
        try self.init(
            terminalType: nil, output: carnet_stdout(), input: carnet_stdin(), theme: theme, rawKeys: rawKeys)
    }

    /// Starts ncurses on the given streams: the headless form used by tests, with a
    /// `tmpfile()` as output and the read end of a pipe as input.
    /// - Parameters:
    ///   - terminalType: a terminfo name such as "xterm-256color"; nil reads `TERM`.
    ///   - allowColor: nil decides from `NO_COLOR` (set to anything disables colour);
    ///     false never creates a colour pair.
    public init(
        terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        theme: Theme = .default, rawKeys: Bool = false, allowColor: Bool? = nil
    ) throws(TerminalError) {
        TerminalLocale.ensureUTF8()
        inputFD = fileno(input)
        outputFD = fileno(output)
        // Handlers first: ncurses then sees SIGINT, SIGTERM and SIGWINCH already handled and
        // leaves them to us, so signals and resizes all come through one self-pipe.
        signalGuard = try TerminalGuard(inputFD: inputFD, outputFD: outputFD)
        do {
            frameWriter = try FrameWriter(terminalFD: outputFD)
        } catch {
            signalGuard.uninstall()
            throw error
        }
        let drawn = frameWriter.ncursesOutput
        let handle = terminalType.map { newterm($0, drawn, input) } ?? newterm(nil, drawn, input)
        guard let handle else {
            signalGuard.uninstall()
            throw .unknownTerminal(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        screenHandle = handle
        signalGuard.setCrashResetSequence(Self.resetSequence())
        // ncurses would otherwise stop a frame half-way to look for typed keys, and send the
        // half it has: one frame must leave in one write.
        typeahead(-1)

        if rawKeys { raw() } else { cbreak() }
        noecho()
        keypad(carnet_stdscr(), true)
        set_escdelay(25)

        let wantsColor =
            allowColor ?? Self.colorAllowed(noColor: getenv("NO_COLOR").map { String(cString: $0) })
        colorEnabled = wantsColor && has_colors() && start_color() == OK
        let defaultColors = colorEnabled && use_default_colors() == OK
        palette = NcursesPalette(colorEnabled: colorEnabled, defaultColors: defaultColors)
        self.theme = theme
    }

    deinit { restore() }

    /// Whether colour may be used given the value of `NO_COLOR` (nil when unset).
    /// The design says "set to anything", so even an empty value turns colour off.
    public static func colorAllowed(noColor: String?) -> Bool {
        noColor == nil
    }

    public var size: (rows: Int, cols: Int) {
        (Int(carnet_lines()), Int(carnet_cols()))
    }

    /// Leaves full-screen mode (`endwin`), frees the ncurses screen and puts the previous
    /// signal handlers back. Safe to call more than once, also after a hang-up.
    public func restore() {
        guard active else { return }
        active = false
        endwin()
        delscreen(screenHandle)
        signalGuard.uninstall()
    }

    /// The theme actually drawn: colour themes need colour.
    var effectiveTheme: Theme {
        colorEnabled || !theme.usesColor ? theme : .monochrome
    }

    private func themeChanged() {
        styleCache = [:]
        needsFullRedraw = true
    }

    /// What the crash handler writes to give the terminal back: leave keypad-transmit mode and
    /// the alternate screen, reset attributes, show the cursor.
    private static func resetSequence() -> [UInt8] {
        ["rmkx", "sgr0", "cnorm", "rmcup"].flatMap { name -> [UInt8] in
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
            return Array(String(cString: value).utf8)
        }
    }
}

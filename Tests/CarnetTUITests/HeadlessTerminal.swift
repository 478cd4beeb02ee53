import CNcursesw
import Glibc
import Testing

@testable import CarnetTUI

/// An ncurses session with no tty: output to a temporary file, input from a pipe the test
/// writes keys into. Read the virtual screen back with `lines()` and `cursor`.
final class HeadlessTerminal {
    let terminal: NcursesTerminal
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var keyWriter: Int32

    init(theme: Theme = .default, allowColor: Bool? = false) throws {
        output = tmpfile()!
        var fds: [Int32] = [-1, -1]
        precondition(pipe(&fds) == 0)
        input = fdopen(fds[0], "r")!
        keyWriter = fds[1]
        terminal = try NcursesTerminal(
            terminalType: "xterm-256color", output: output, input: input, theme: theme, allowColor: allowColor
        )
    }

    deinit {
        terminal.restore()
        closeInput()
        fclose(input)
        fclose(output)
    }

    /// Bytes as a terminal would send them for typed keys.
    func type(_ bytes: String) {
        let count = bytes.utf8.count
        let written = write(keyWriter, bytes, count)
        #expect(written == count)
    }

    /// Closes the writing end: the terminal's input reaches end of file, as on a dead tty.
    func closeInput() {
        if keyWriter >= 0 { close(keyWriter) }
        keyWriter = -1
    }

    /// Bytes ncurses has sent to the "terminal" so far.
    var bytesWritten: Int {
        fflush(output)
        var info = stat()
        fstat(fileno(output), &info)
        return Int(info.st_size)
    }

    /// Every byte ncurses has sent to the "terminal" so far.
    func bytesSent() -> [UInt8] {
        fflush(output)
        var bytes = [UInt8](repeating: 0, count: bytesWritten)
        let count = pread(fileno(output), &bytes, bytes.count, 0)
        return Array(bytes.prefix(max(0, count)))
    }

    /// Where the terminal's cursor is after the last refresh.
    var cursor: (row: Int, col: Int) {
        (Int(carnet_getcury(carnet_curscr())), Int(carnet_getcurx(carnet_curscr())))
    }

    /// The cell ncurses holds at a position: its characters, attributes and colour pair.
    func cell(row: Int, col: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var complex = cchar_t()
        mvwin_wch(carnet_stdscr(), Int32(row), Int32(col), &complex)
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&complex, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    /// The text of each row of ncurses' screen, trailing spaces trimmed, a wide character once.
    func lines() -> [String] {
        let (rows, cols) = terminal.size
        return (0..<rows).map { row in
            var line = ""
            var col = 0
            while col < cols {
                let text = cell(row: row, col: col).text
                line += text
                col += max(1, TextWidth.width(of: text))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}

import CarnetTUI
import Foundation

/// Buffered writes to standard output: listings of 100,000 rows are streamed, not
/// gathered in memory, and not written one system call per row.
struct StandardOutput {
    private var buffer = ""
    private let flushThreshold = 64 * 1024

    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= flushThreshold { flush() }
    }

    mutating func writeLine(_ text: String) {
        write(text)
        write("\n")
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        // Through Swift's print, so that the order with other printed lines is kept.
        print(buffer, terminator: "")
        buffer = ""
    }
}

/// Messages for the person, on standard error (progress, notes), kept apart from data.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Prints a message for the person that may repeat untrusted text (a title, a name, a path):
/// through the same sanitiser as the screen, line breaks kept.
func say(_ message: String) {
    print(Sanitizer.lines(message))
}

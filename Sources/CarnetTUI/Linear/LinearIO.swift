import Foundation

/// Where linear mode reads commands and writes lines: standard input and output, or a script
/// in tests. Nothing here moves a cursor or rewrites what was written.
public protocol LinearIO {
    /// The next line typed, without its newline; nil at the end of input.
    mutating func readLine() -> String?
    mutating func write(_ text: String)
}

/// Standard input and output.
public struct StandardLinearIO: LinearIO {
    public init() {}

    public mutating func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public mutating func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// The SGR sequences (`ESC [ … m`) of a screen captured from tmux, to tell attribute codes
/// from colour codes (the twin of the one in CarnetTUITests, which cannot be shared).
enum SelectGraphicRendition {
    /// The parameters of every SGR sequence in a text, in order.
    static func parameters(in text: String) -> [Int] {
        parameters(in: Array(text.utf8))
    }

    /// The parameters of every SGR sequence, in order; `ESC [ m` counts as a lone 0.
    static func parameters(in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, bytes[end] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[end]) {
                end += 1
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
                let body = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                result += body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            }
            index = end
        }
        return result
    }

    /// Whether a parameter sets a colour: 30–38 and 40–48 (38 and 48 start the 256-colour
    /// and RGB forms) and the bright 90–97 and 100–107. Unlike the ncurses test, 39 and 49
    /// (back to the default colours) do not count: tmux's capture adds them after every
    /// reset, whatever the program wrote.
    static func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter)
            || (100...107).contains(parameter)
    }
}

/// The SGR sequences (`ESC [ … m`) in terminal output (ncurses' bytes, a screen captured from
/// tmux), to tell attribute codes from colour codes without caring how they were grouped.
public enum SelectGraphicRendition {
    /// The parameters of every SGR sequence in a text, in order.
    public static func parameters(in text: String) -> [Int] {
        parameters(in: Array(text.utf8))
    }

    /// The parameters of every SGR sequence, in order; `ESC [ m` counts as a lone 0.
    public static func parameters(in bytes: [UInt8]) -> [Int] {
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
    /// and RGB forms) and the bright 90–97 and 100–107. 39 and 49 (back to the default
    /// colours) do not count: tmux's capture adds them after every reset, whatever the
    /// program wrote.
    public static func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter)
            || (100...107).contains(parameter)
    }

    /// Whether a parameter sets a colour or restores a default one (39, 49): what a program
    /// told to use no colour never writes.
    public static func isColourOrDefault(_ parameter: Int) -> Bool {
        isColour(parameter) || parameter == 39 || parameter == 49
    }
}

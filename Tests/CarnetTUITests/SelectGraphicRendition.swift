/// The SGR sequences (`ESC [ … m`) in terminal output, to tell attribute codes from colour
/// codes without caring how ncurses grouped them.
enum SelectGraphicRendition {
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

    /// Whether a parameter sets a colour: 30–39 and 40–49 (38 and 48 start 256-colour and
    /// RGB forms, 39 and 49 restore the defaults), and the bright 90–97 and 100–107.
    static func isColour(_ parameter: Int) -> Bool {
        (30...49).contains(parameter) || (90...97).contains(parameter) || (100...107).contains(parameter)
    }
}

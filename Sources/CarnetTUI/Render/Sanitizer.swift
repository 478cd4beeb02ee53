/// Makes untrusted text safe to draw: control characters and bidirectional overrides
/// become visible placeholders, so a title can neither move the cursor, start an escape
/// sequence, nor reorder a line.
///
/// Every escape sequence starts with ESC (U+001B) or a C1 control (U+0080–U+009F), and both
/// are replaced, so no input can make the terminal do anything but print.
///
/// ```swift
/// Sanitizer.clean("a\u{1B}[2Jb")  // "a␛[2Jb"
/// ```
public enum Sanitizer {
    /// The text with every unsafe scalar replaced by its placeholder.
    /// Returns the input itself when it is already safe, which is the common case.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                out.append(placeholder)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Several lines of a message, each cleaned: the line breaks stay line breaks.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
            .joined(separator: "\n")
    }

    /// Whether the scalar must never reach the terminal as is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        placeholder(for: scalar) != nil
    }

    /// C0 and DEL map to their Control Pictures (U+2400 block), so a stray tab or newline is
    /// recognisable; C1 and bidi controls have no picture and become a replacement character.
    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: nil
        }
    }
}

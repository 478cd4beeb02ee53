/// Makes untrusted text safe to draw: control characters and bidirectional overrides
/// become visible placeholders, so a title can neither move the cursor nor reorder a line.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                out.append(contentsOf: placeholder.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 and DEL map to their Control Pictures (U+2400 block); C1 and bidi controls
    /// have no picture, so they are shown as a replacement character.
    static func placeholder(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }
}

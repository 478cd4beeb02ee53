/// Display width of text in terminal columns, the way the terminal library counts it.
///
/// Widths follow glibc's `wcwidth` (Unicode 14 tables), which is what ncursesw uses to place
/// characters: agreeing with it keeps our grid and the terminal's in step. Pure Swift, so
/// views measure text without a locale or a terminal.
///
/// ```swift
/// TextWidth.width(of: "Café")           // 4
/// TextWidth.width(of: "診療")            // 4
/// TextWidth.truncate("Radiographie", to: 6)  // "Radio…"
/// ```
public enum TextWidth {
    /// How `pad` places text in its column.
    public enum Alignment: Sendable {
        case leading, trailing, center
    }

    /// Columns taken by a string: the sum of its characters' widths.
    public static func width(of text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns taken by one grapheme: the width of its first scalar, as the terminal draws the
    /// base character and stacks what follows on it. 0 for a lone combining mark or format
    /// character.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return width(of: first)
    }

    /// Columns taken by one scalar: 0, 1 or 2. Control characters count 0; sanitise first.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The text cut to at most `columns`, ending with `ellipsis` when something was cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return text }
        let room = columns - width(of: ellipsis)
        guard room >= 0 else { return prefix(of: text, columns: columns) }
        return prefix(of: text, columns: room) + ellipsis
    }

    /// The text truncated or padded with spaces to exactly `columns`.
    public static func pad(_ text: String, to columns: Int, alignment: Alignment = .leading) -> String {
        let fitted = truncate(text, to: columns)
        let gap = max(0, columns - width(of: fitted))
        switch alignment {
        case .leading: return fitted + String(repeating: " ", count: gap)
        case .trailing: return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    /// The longest start of `text` that fits in `columns`, never splitting a character.
    public static func prefix(of text: String, columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + width(of: text[index])
            if next > columns { break }
            used = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Marks and format characters (and Hangul medial vowels and final consonants, which
    /// join the preceding syllable) take no column of their own.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // The soft hyphen and the prepended concatenation marks are format characters
        // that glibc still gives a column.
        case 0x00AD, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return false
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    static func isWide(_ value: UInt32) -> Bool {
        if value < wideRanges[0].lowerBound { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide and Fullwidth scalars, plus emoji shown as pictures: the ranges for
    /// which glibc 2.36's `wcwidth` answers 2, sorted for binary search.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,
        0x231A...0x231B,
        0x2329...0x232A,
        0x23E9...0x23EC,
        0x23F0...0x23F0,
        0x23F3...0x23F3,
        0x25FD...0x25FE,
        0x2614...0x2615,
        0x2648...0x2653,
        0x267F...0x267F,
        0x2693...0x2693,
        0x26A1...0x26A1,
        0x26AA...0x26AB,
        0x26BD...0x26BE,
        0x26C4...0x26C5,
        0x26CE...0x26CE,
        0x26D4...0x26D4,
        0x26EA...0x26EA,
        0x26F2...0x26F3,
        0x26F5...0x26F5,
        0x26FA...0x26FA,
        0x26FD...0x26FD,
        0x2705...0x2705,
        0x270A...0x270B,
        0x2728...0x2728,
        0x274C...0x274C,
        0x274E...0x274E,
        0x2753...0x2755,
        0x2757...0x2757,
        0x2795...0x2797,
        0x27B0...0x27B0,
        0x27BF...0x27BF,
        0x2B1B...0x2B1C,
        0x2B50...0x2B50,
        0x2B55...0x2B55,
        0x2E80...0x2E99,
        0x2E9B...0x2EF3,
        0x2F00...0x2FD5,
        0x2FF0...0x2FFB,
        0x3000...0x3029,
        0x302E...0x303E,
        0x3041...0x3096,
        0x309B...0x30FF,
        0x3105...0x312F,
        0x3131...0x318E,
        0x3190...0x31E3,
        0x31F0...0x321E,
        0x3220...0xA48C,
        0xA490...0xA4C6,
        0xA960...0xA97C,
        0xAC00...0xD7A3,
        0xF900...0xFA6D,
        0xFA70...0xFAD9,
        0xFE10...0xFE19,
        0xFE30...0xFE52,
        0xFE54...0xFE66,
        0xFE68...0xFE6B,
        0xFF01...0xFF60,
        0xFFE0...0xFFE6,
        0x16FE0...0x16FE3,
        0x16FF0...0x16FF1,
        0x17000...0x187F7,
        0x18800...0x18CD5,
        0x18D00...0x18D08,
        0x1AFF0...0x1AFF3,
        0x1AFF5...0x1AFFB,
        0x1AFFD...0x1AFFE,
        0x1B000...0x1B122,
        0x1B150...0x1B152,
        0x1B164...0x1B167,
        0x1B170...0x1B2FB,
        0x1F004...0x1F004,
        0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E,
        0x1F191...0x1F19A,
        0x1F200...0x1F202,
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x1F300...0x1F320,
        0x1F32D...0x1F335,
        0x1F337...0x1F37C,
        0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3,
        0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E,
        0x1F440...0x1F440,
        0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E,
        0x1F550...0x1F567,
        0x1F57A...0x1F57A,
        0x1F595...0x1F596,
        0x1F5A4...0x1F5A4,
        0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2,
        0x1F6D5...0x1F6D7,
        0x1F6DD...0x1F6DF,
        0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC,
        0x1F7E0...0x1F7EB,
        0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A,
        0x1F93C...0x1F945,
        0x1F947...0x1F9FF,
        0x1FA70...0x1FA74,
        0x1FA78...0x1FA7C,
        0x1FA80...0x1FA86,
        0x1FA90...0x1FAAC,
        0x1FAB0...0x1FABA,
        0x1FAC0...0x1FAC5,
        0x1FAD0...0x1FAD9,
        0x1FAE0...0x1FAE7,
        0x1FAF0...0x1FAF6,
        0x20000...0x2A6DF,
        0x2A700...0x2B738,
        0x2B740...0x2B81D,
        0x2B820...0x2CEA1,
        0x2CEB0...0x2EBE0,
        0x2F800...0x2FA1D,
        0x30000...0x3134A,
    ]
}

/// One column of a ``Screen``: a grapheme and its style.
///
/// A wide character (CJK, most emoji) takes two columns: its cell holds the character and the
/// cell to its right is a *continuation* cell with empty text.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster of sanitised text, or empty for a continuation cell.
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .normal) -> Cell { Cell(" ", style: style) }

    /// The right half of the wide character on its left.
    public static func continuation(_ style: Style = .normal) -> Cell { Cell("", style: style) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }

    /// Columns the cell's text takes: 0 for a continuation, else 1 or 2.
    public var width: Int { isContinuation ? 0 : max(1, TextWidth.width(of: text)) }
}

/// A frame: a grid of cells plus where the hardware cursor goes.
///
/// Views draw into a `Screen`; the backend diffs it against the previous frame. Every write
/// is sanitised and clipped, so no view can draw outside the grid or emit a control character,
/// and a wide character is never left half overwritten.
///
/// ```swift
/// var screen = Screen(rows: 12, cols: 40)
/// screen.write("Documents", row: 0, col: 0, style: .heading)
/// screen.cursor = (row: 2, col: 0)
/// screen.lines()  // ["Documents", "", …]
/// ```
public struct Screen: Sendable {
    public let rows: Int
    public let cols: Int
    /// Where the hardware cursor goes after the frame: the start of the focused item,
    /// so that screen readers and braille displays follow the focus.
    public var cursor: (row: Int, col: Int) = (0, 0)
    /// Whether the cursor is shown; it is moved to ``cursor`` either way.
    public var cursorVisible = false
    private var cells: [Cell]

    /// A blank screen; negative sizes count as zero.
    public init(rows: Int, cols: Int, fill: Cell = .blank()) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        cells = Array(repeating: fill, count: self.rows * self.cols)
    }

    /// The cell at a position, which must be inside the grid.
    public subscript(row: Int, col: Int) -> Cell {
        precondition(contains(row: row, col: col), "cell (\(row), \(col)) outside \(rows)×\(cols)")
        return cells[row * cols + col]
    }

    /// Whether a position is inside the grid.
    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < rows && col >= 0 && col < cols
    }

    /// Writes sanitised text from (row, col), within `width` columns (default: to the right
    /// edge). A wide character that does not fit in the last column leaves a blank there.
    /// Characters of zero width (a lone combining mark) are dropped.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, col: Int, width: Int? = nil, style: Style = .normal
    ) -> Int {
        guard row >= 0, row < rows else { return col }
        let limit = min(cols, col + (width ?? cols))
        var column = col
        for character in Sanitizer.clean(text) {
            let characterWidth = TextWidth.width(of: character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                if column < limit, column >= 0 { put(.blank(style), width: 1, row: row, col: column) }
                return limit
            }
            if column >= 0 {
                put(Cell(String(character), style: style), width: characterWidth, row: row, col: column)
            } else if column + characterWidth > 0 {
                put(.blank(style), width: 1, row: row, col: 0)  // right half of a cut wide character
            }
            column += characterWidth
        }
        return column
    }

    /// Fills a rectangle (clipped to the grid) with a cell, a blank by default.
    public mutating func fill(row: Int, col: Int, height: Int, width: Int, with cell: Cell = .blank()) {
        let safe = Sanitizer.clean(cell.text)
        // Only a one-column grapheme can tile a region; anything else fills with blanks.
        let tile =
            safe.count == 1 && TextWidth.width(of: safe) == 1
            ? Cell(safe, style: cell.style) : .blank(cell.style)
        let top = max(0, row)
        let bottom = min(rows, row + height)
        let left = max(0, col)
        let right = min(cols, col + width)
        guard top < bottom, left < right else { return }
        for r in top..<bottom {
            for c in left..<right { put(tile, width: 1, row: r, col: c) }
        }
    }

    /// Blanks every cell in the given style; the cursor stays where it is.
    public mutating func clear(_ style: Style = .normal) {
        cells = Array(repeating: .blank(style), count: rows * cols)
    }

    /// The text of each row without styles or trailing spaces: what tests compare.
    public func lines() -> [String] {
        (0..<rows).map { row in
            var line = ""
            for col in 0..<cols { line += cells[row * cols + col].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Puts a cell of the given width, blanking the other half of any wide character it cuts.
    private mutating func put(_ cell: Cell, width: Int, row: Int, col: Int) {
        let base = row * cols
        if cells[base + col].isContinuation, col > 0 {
            cells[base + col - 1] = .blank(cells[base + col - 1].style)
        }
        let end = col + width
        if end < cols, cells[base + end].isContinuation {
            cells[base + end] = .blank(cells[base + end].style)
        }
        cells[base + col] = cell
        if width == 2 { cells[base + col + 1] = .continuation(cell.style) }
    }
}

extension Screen: Equatable {
    /// Two frames are equal when the terminal would show exactly the same thing.
    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.rows == rhs.rows && lhs.cols == rhs.cols && lhs.cursor == rhs.cursor
            && lhs.cursorVisible == rhs.cursorVisible && lhs.cells == rhs.cells
    }
}

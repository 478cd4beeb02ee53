import CNcursesw

/// Drawing. Only cells that differ from the previous frame are written to ncurses, and a
/// frame identical to the previous one (cursor included) writes nothing at all: no
/// `doupdate`, so an idle carnet sends no bytes to the terminal. What a frame changes leaves
/// in one write(), cursor placement and attribute reset included (``FrameWriter``).
extension NcursesTerminal {
    public func draw(_ screen: Screen) {
        guard !hungUp else { return }
        let full = needsFullRedraw || previous?.rows != screen.rows || previous?.cols != screen.cols
        if !full, screen == previous { return }
        let window = carnet_stdscr()
        let rows = min(screen.rows, Int(carnet_lines()))
        let cols = min(screen.cols, Int(carnet_cols()))
        // Only on a new size or theme, never per frame: the terminal may be larger than the
        // frame, and what lies outside it must go.
        if full { werase(window) }
        for row in 0..<rows {
            var drawnUpTo = 0
            for col in 0..<cols {
                let cell = screen[row, col]
                if !full, let previous, previous[row, col] == cell { continue }
                // A changed right half means its wide character changed: draw that instead.
                let start = cell.isContinuation ? col - 1 : col
                guard start >= drawnUpTo, start >= 0 else { continue }
                drawnUpTo = put(screen[row, start], row: row, col: start, lastCol: cols - 1, window: window)
            }
        }
        wmove(
            window, Int32(clamping: clamp(screen.cursor.row, rows)),
            Int32(clamping: clamp(screen.cursor.col, cols)))
        let delivered = frameWriter.frame {
            if cursorShown != screen.cursorVisible {
                curs_set(screen.cursorVisible ? 1 : 0)
                cursorShown = screen.cursorVisible
            }
            wnoutrefresh(window)
            doupdate()
        }
        if !delivered { hungUp = true }
        previous = screen
        needsFullRedraw = false
    }

    /// Writes one cell and returns the column after it. A wide character that would hang over
    /// the terminal's last column is drawn as a space.
    private func put(_ cell: Cell, row: Int, col: Int, lastCol: Int, window: UnsafeMutablePointer<WINDOW>?)
        -> Int
    {
        let fits = cell.width < 2 || col < lastCol
        var characters = fits ? Self.wideCharacters(cell.text) : [0x20, 0]
        let (attributes, pair) = look(for: cell.style)
        var complex = cchar_t()
        setcchar(&complex, &characters, attributes, pair, nil)
        // At the bottom-right corner ncurses stores the cell, then reports ERR because the
        // cursor cannot advance; the cell is drawn all the same.
        mvwadd_wch(window, Int32(row), Int32(col), &complex)
        return col + (fits ? max(1, cell.width) : 1)
    }

    /// The base character and up to four combining marks, NUL-terminated, as `setcchar` wants.
    /// Further spacing characters of the grapheme (the rest of an emoji sequence) are left
    /// out: ncurses would drop them anyway, and they would break column counting.
    static func wideCharacters(_ text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if result.isEmpty {
                result.append(TextWidth.width(of: scalar) == 0 ? 0x20 : wchar_t(bitPattern: scalar.value))
            } else if TextWidth.width(of: scalar) == 0 && result.count < Int(CCHARW_MAX) {
                result.append(wchar_t(bitPattern: scalar.value))
            } else {
                break
            }
        }
        if result.isEmpty { result.append(0x20) }
        result.append(0)
        return result
    }

    private func look(for style: Style) -> (attributes: attr_t, pair: Int16) {
        if let cached = styleCache[style] { return cached }
        let rendered = palette.render(effectiveTheme.look(for: style))
        styleCache[style] = rendered
        return rendered
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}

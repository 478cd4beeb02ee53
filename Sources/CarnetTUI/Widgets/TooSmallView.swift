import CarnetCore

/// What a window below the minimum size shows: a plain message, word-wrapped.
enum TooSmallView {
    static func render(rows: Int, cols: Int, _ catalog: Catalog) -> Screen {
        var screen = Screen(rows: rows, cols: cols)
        let minimum = AppState.minimumSize
        let text = catalog[.tooSmall, String(minimum.cols), String(minimum.rows), String(cols), String(rows)]
        for (index, line) in wrap(text, width: max(1, cols)).prefix(rows).enumerated() {
            screen.write(line, row: index, col: 0)
        }
        screen.cursor = (0, 0)
        return screen
    }

    /// Splits text into lines of at most `width` columns at spaces (long words are cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while TextWidth.width(of: word) > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                let head = TextWidth.prefix(of: word, columns: width)
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if current.isEmpty {
                current = word
            } else if TextWidth.width(of: current) + 1 + TextWidth.width(of: word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

import CarnetCore

/// A text page: its lines from the first shown, the cursor on that line (or on the line
/// last found while it is on screen).
enum TextPageView {
    static func render(_ page: TextPage, into screen: inout Screen, area: Rect) -> (row: Int, col: Int) {
        let (row, height) = (area.row, area.height)
        let lines = page.lines(width: screen.cols)
        for offset in 0..<max(0, height) {
            let index = page.top + offset
            guard index < lines.count else { break }
            screen.write(lines[index].text, row: row + offset, col: 0, style: lines[index].style)
        }
        if let mark = page.mark, mark >= page.top, mark < page.top + height {
            return (row + mark - page.top, 0)
        }
        return (row, 0)
    }
}

extension TextPageView {
    /// Where the page is, for the status line: "lines 41–66 of 2,000".
    static func position(_ page: TextPage, _ state: AppState) -> String {
        let count = page.lines(width: state.pageWidth).count
        guard count > 0 else { return "" }
        let format = state.format
        return state.text[
            .lineRange, format.count(page.top + 1), format.count(min(count, page.top + state.pageHeight)),
            format.count(count)]
    }
}

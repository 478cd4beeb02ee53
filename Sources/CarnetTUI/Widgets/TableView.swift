/// A list drawn as a table: column headers, then the visible rows, the focused one marked.
struct TableView {
    var columns: [Column]
    var list: ListState
    var emptyText: String
    /// Whether the focused row is marked; not while something else (a chart) has the keys.
    var marksFocus = true

    /// Draws the headers on the area's first row and the rows below.
    /// - Returns: where the cursor goes, the start of the focused row.
    func render(into screen: inout Screen, area: Rect) -> (row: Int, col: Int) {
        let row = area.row
        let height = max(1, area.height - 1)
        let fitted = Column.fit(columns, width: screen.cols)
        screen.write(
            line(columns.map(\.header), fitted), row: row, col: 0, style: Style(.heading, [.bold]))
        let first = row + 1
        guard list.total > 0 else {
            screen.write(emptyText, row: first, col: 0, style: .muted)
            return (first, 0)
        }
        for line in 0..<height {
            let index = list.top + line
            guard index < list.total else { break }
            let y = first + line
            guard let item = list.row(at: index) else {
                screen.write("…", row: y, col: 0, style: .muted)
                continue
            }
            var style = item.emphasis.map { Style($0) } ?? .normal
            if index == list.focus, marksFocus {
                style = Style(.focus, [.reverse])
                screen.fill(row: y, col: 0, height: 1, width: screen.cols, with: .blank(style))
            }
            // A row of one cell (a heading, a switch in words) spans the columns.
            let line =
                item.cells.count == 1
                ? TextWidth.truncate(item.cells[0], to: screen.cols) : self.line(item.cells, fitted)
            screen.write(line, row: y, col: 0, style: style)
        }
        return (first + list.focus - list.top, 0)
    }

    private func line(_ cells: [String], _ fitted: [Column.Fitted]) -> String {
        fitted.map { entry in
            let text = entry.index < cells.count ? cells[entry.index] : ""
            return TextWidth.pad(text, to: entry.width, alignment: entry.column.alignment)
        }.joined(separator: "  ")
    }
}

/// A list drawn as a table: column headers, then the visible rows, the focused one marked.
struct TableView {
    var columns: [Column]
    var list: ListState
    var emptyText: String
    /// Whether the focused row is marked; not while something else (a chart) has the keys.
    var marksFocus = true

    /// Draws the headers on `row` and the rows below, within `height` rows.
    /// - Returns: where the cursor goes, the start of the focused row.
    func render(into screen: inout Screen, row: Int, height: Int) -> (row: Int, col: Int) {
        let fitted = Self.fit(columns, width: screen.cols)
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

    private func line(_ cells: [String], _ fitted: [(index: Int, column: Column, width: Int)]) -> String {
        fitted.map { entry in
            let text = entry.index < cells.count ? cells[entry.index] : ""
            return TextWidth.pad(text, to: entry.width, alignment: entry.column.alignment)
        }.joined(separator: "  ")
    }

    /// The columns that fit in `width`: low-priority columns are dropped until the flexible
    /// one has room, which then takes what is left.
    static func fit(_ columns: [Column], width: Int) -> [(index: Int, column: Column, width: Int)] {
        let minimumFlexible = 20
        var kept = Array(columns.indices)
        while true {
            let fixed = kept.compactMap { columns[$0].width }.reduce(0, +) + 2 * (kept.count - 1)
            let flexible = kept.filter { columns[$0].width == nil }
            let room = width - fixed
            let enough = flexible.isEmpty ? room >= 0 : room >= minimumFlexible * flexible.count
            let droppable = kept.filter { columns[$0].width != nil }
            if enough || droppable.count <= 1 {
                let share = flexible.isEmpty ? 0 : max(1, room / flexible.count)
                return kept.map { ($0, columns[$0], columns[$0].width ?? share) }
            }
            let lowest = droppable.min {
                columns[$0].priority < columns[$1].priority
                    || (columns[$0].priority == columns[$1].priority && $0 > $1)
            }!
            kept.removeAll { $0 == lowest }
        }
    }
}

import CarnetCore

/// The row of pane tabs. Full titles when they fit, short ones otherwise, and on the
/// narrowest windows only the digits with the current pane's title.
enum TabBar {
    static func render(current: PaneID, _ text: Catalog, into screen: inout Screen, row: Int) {
        screen.fill(row: row, col: 0, height: 1, width: screen.cols, with: .blank(.tabInactive))
        let layouts: [(PaneID) -> String] = [
            { "\($0.rawValue + 1) \($0.title(text))" },
            { "\($0.rawValue + 1) \($0.shortTitle(text))" },
            { $0 == current ? "\($0.rawValue + 1) \($0.title(text))" : "\($0.rawValue + 1)" },
        ]
        var labels = PaneID.allCases.map { "\($0.rawValue + 1)" }
        for layout in layouts {
            let candidate = PaneID.allCases.map(layout)
            let width = candidate.map { TextWidth.width(of: $0) + 3 }.reduce(0, +)
            if width <= screen.cols {
                labels = candidate
                break
            }
        }
        var col = 0
        for (pane, label) in zip(PaneID.allCases, labels) {
            let style: Style = pane == current ? Style(.tabActive, [.bold]) : .tabInactive
            col = screen.write(" \(label) ", row: row, col: col, style: style)
            col = screen.write(" ", row: row, col: col, style: .tabInactive)
        }
    }
}

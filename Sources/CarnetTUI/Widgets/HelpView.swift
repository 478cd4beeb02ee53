import CarnetCore

/// `?`: every key of the current pane, one per line, from the same table as the keys.
enum HelpView {
    static func render(
        title: String, keys: [KeyBinding], _ text: Catalog, focus: Int, into screen: inout Screen,
        area: Rect
    ) -> (row: Int, col: Int) {
        let (row, height) = (area.row, area.height)
        screen.write(text[.helpHeading, title], row: row, col: 0, style: Style(.heading, [.bold]))
        let lines = max(1, height - 1)
        let top = max(0, min(focus - lines + 1, keys.count - lines))
        let labelWidth = min(14, (keys.map { TextWidth.width(of: $0.label) }.max() ?? 0) + 2)
        for (offset, binding) in keys.dropFirst(max(0, top)).prefix(lines).enumerated() {
            let index = max(0, top) + offset
            let style: Style = index == focus ? Style(.focus, [.reverse]) : .normal
            let y = row + 1 + offset
            if index == focus {
                screen.fill(row: y, col: 0, height: 1, width: screen.cols, with: .blank(style))
            }
            screen.write(
                TextWidth.pad(binding.label, to: labelWidth) + text[binding.summary], row: y, col: 0,
                style: style)
        }
        return (row + 1 + focus - max(0, top), 0)
    }
}

import CarnetCore

/// Dialogs drawn over the pane: a question before a change, and a menu of choices. In
/// screen-reader mode they are plain lines under the heading instead of a box.
enum DialogView {
    /// A framed box in the middle of the screen holding `lines`; returns the top-left of
    /// its first line of text.
    static func box(
        _ title: String, _ lines: [(text: String, style: Style)], into screen: inout Screen
    ) -> (row: Int, col: Int) {
        let widest = max(
            TextWidth.width(of: title) + 2, lines.map { TextWidth.width(of: $0.text) }.max() ?? 0)
        let width = min(screen.cols - 2, max(30, min(64, widest + 4)))
        let height = min(screen.rows - 2, lines.count + 2)
        let top = max(1, (screen.rows - height) / 2)
        let left = max(0, (screen.cols - width) / 2)
        let frame = Style(.selection)
        screen.fill(row: top, col: left, height: height, width: width, with: .blank(frame))
        let bar = String(repeating: "─", count: max(0, width - 2))
        screen.write("┌" + bar + "┐", row: top, col: left, style: frame)
        screen.write("└" + bar + "┘", row: top + height - 1, col: left, style: frame)
        for row in top + 1..<top + height - 1 {
            screen.write("│", row: row, col: left, style: frame)
            screen.write("│", row: row, col: left + width - 1, style: frame)
        }
        screen.write(
            " " + title + " ", row: top, col: left + 2, width: width - 4, style: Style(.selection, [.bold]))
        for (index, line) in lines.prefix(height - 2).enumerated() {
            screen.write(line.text, row: top + 1 + index, col: left + 2, width: width - 4, style: line.style)
        }
        return (top + 1, left + 2)
    }

    /// The question, its keys, and the cursor on the question.
    static func confirmation(_ confirmation: Confirmation, _ text: Catalog, into screen: inout Screen)
        -> (row: Int, col: Int)
    {
        let width = min(screen.cols - 2, 64) - 4
        var lines = TextWrap.wrap(confirmation.question, width: width).map {
            ($0, Style(.selection, [.bold]))
        }
        lines.append(("", Style(.selection)))
        lines.append((text[.confirmKeys], Style(.selection)))
        return box(text[.confirmTitle], lines.map { (text: $0.0, style: $0.1) }, into: &screen)
    }

    /// The options around the focused one; the cursor on it.
    static func menu(_ menu: Menu, into screen: inout Screen) -> (row: Int, col: Int) {
        let visible = max(1, min(menu.options.count, screen.rows - 4))
        let top = max(0, min(menu.focus - visible / 2, menu.options.count - visible))
        let lines = menu.options[top..<top + visible].enumerated().map { offset, option in
            (
                text: option.label,
                style: top + offset == menu.focus ? Style(.focus, [.reverse]) : Style(.selection)
            )
        }
        let origin = box(menu.title, lines, into: &screen)
        return (origin.row + menu.focus - top, origin.col)
    }

    /// Screen-reader mode: the question, then its keys, from `row`.
    static func spokenConfirmation(
        _ confirmation: Confirmation, _ text: Catalog, into screen: inout Screen, row: Int
    ) -> (row: Int, col: Int) {
        screen.write(confirmation.question, row: row, col: 0, style: Style(.focus, [.reverse]))
        screen.write(text[.confirmKeysSpoken], row: row + 1, col: 0)
        return (row, 0)
    }

    /// Screen-reader mode: "Option 2 of 20: Dr Martin" lines around the focused one.
    static func spokenMenu(
        _ menu: Menu, _ text: Catalog, _ format: TextFormat, into screen: inout Screen,
        row: Int, height: Int
    ) -> (row: Int, col: Int) {
        screen.write(menu.title, row: row, col: 0, style: .heading)
        let visible = max(1, min(menu.options.count, height - 1))
        let top = max(0, min(menu.focus - visible / 2, menu.options.count - visible))
        let total = format.count(menu.options.count)
        for offset in 0..<visible {
            let index = top + offset
            let style: Style = index == menu.focus ? Style(.focus, [.reverse]) : .normal
            let line = text[
                .itemSpoken, text[.itemOption], format.count(index + 1), total, menu.options[index].label]
            screen.write(
                TextWidth.truncate(line, to: screen.cols), row: row + 1 + offset, col: 0, style: style)
        }
        return (row + 1 + menu.focus - top, 0)
    }

    /// The typed line on the status row, with the cursor after the text.
    static func prompt(_ prompt: Prompt, into screen: inout Screen, row: Int) -> (row: Int, col: Int) {
        if let error = prompt.error, row > 0 {
            screen.fill(
                row: row - 1, col: 0, height: 1, width: screen.cols, with: .blank(Style(.alert, [.bold])))
            screen.write(error, row: row - 1, col: 0, style: Style(.alert, [.bold]))
        }
        screen.fill(row: row, col: 0, height: 1, width: screen.cols, with: .blank(.status))
        let label = prompt.label + " "
        let labelEnd = screen.write(label, row: row, col: 0, style: Style(.status, [.bold]))
        // A long text scrolls left so that its end, where typing goes, stays visible.
        let room = max(1, screen.cols - labelEnd - 1)
        var shown = prompt.text
        while TextWidth.width(of: shown) > room { shown.removeFirst() }
        let end = screen.write(shown, row: row, col: labelEnd, style: .status)
        return (row, min(end, screen.cols - 1))
    }
}

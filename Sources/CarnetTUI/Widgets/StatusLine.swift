import CarnetCore

/// The bottom line: the keys that matter now (or a message), and the position in the list.
/// A `lead` (what the chart's cursor is on) comes before the keys.
enum StatusLine {
    static func render(
        keys: [KeyBinding], _ text: Catalog, message: String?, lead: String? = nil, position: String,
        into screen: inout Screen, row: Int
    ) {
        screen.fill(row: row, col: 0, height: 1, width: screen.cols, with: .blank(.status))
        let right = position.isEmpty ? "" : " \(position) "
        let room = screen.cols - TextWidth.width(of: right)
        let left: String
        let style: Style
        if let message {
            left = message
            style = Style(.alert, [.bold])
        } else {
            let hints = keys.compactMap { binding in
                binding.statusWord.map { "\(binding.statusLabel) \(text[$0])" }
            }
            left = fitting(lead: lead, hints: hints, width: max(0, room - 1))
            style = .status
        }
        screen.write(left, row: row, col: 0, width: max(0, room - 1), style: style)
        screen.write(right, row: row, col: max(0, room), style: Style(.status, [.bold]))
    }

    /// The lead and as many whole hints as fit, in the key table's order (most important
    /// first): a hint that does not fit is left out with those after it, never cut mid-word.
    static func fitting(lead: String?, hints: [String], width: Int) -> String {
        let separator = "  "
        var line = lead ?? ""
        for hint in hints {
            let candidate = line.isEmpty ? hint : line + separator + hint
            guard TextWidth.width(of: candidate) <= width else { break }
            line = candidate
        }
        return line
    }
}

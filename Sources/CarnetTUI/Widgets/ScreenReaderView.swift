import CarnetCore

/// Screen-reader mode: the current pane as short plain lines a screen reader or braille
/// display reads well. A heading, a fixed line for what just changed, one self-describing
/// line per item ("Document 3 of 41: …"), and the keys in words. No drawing characters,
/// and the cursor on the focused line.
enum ScreenReaderView {
    static func render(_ state: AppState) -> Screen {
        // The lock screen is already plain lines with nothing of the record.
        if state.lock != nil { return LockView.render(state) }
        var screen = Screen(rows: state.rows, cols: state.cols)
        let text = state.text
        let layout = state.layout
        let status = layout.status.row
        if !speakCover(state, layout, into: &screen) {
            screen.write(heading(state), row: layout.bar.row, col: 0, style: .heading)
            screen.write(
                TextWidth.truncate(state.announcement, to: screen.cols), row: layout.heading.row, col: 0)
            let above = state.wrappedLinesAboveList
            for (offset, line) in above.enumerated() {
                screen.write(
                    TextWidth.truncate(line.text, to: screen.cols), row: layout.above.row + offset, col: 0)
            }
            screen.cursor = items(state, into: &screen, row: layout.list.row)
        }
        speakDialogs(state, layout, into: &screen)
        let keySentences = KeyMap.bindings(for: state).filter { $0.statusWord != nil }
            .map { text[.keyAndSummary, $0.spokenLabel(text), text[$0.summary]] }
        let unread = state.notifications.unread
        let counted =
            switch unread {
            case 0: ""
            case 1: text[.unreadSpokenOne] + " "
            default: text[.unreadSpoken, state.format.count(unread)] + " "
            }
        if let prompt = state.prompt {
            screen.cursor = DialogView.prompt(prompt, into: &screen, row: status)
        } else {
            let kiosk =
                (state.kiosk ? text[.kioskStatus] + ". " : "")
                + (state.connectionLost ? text[.announceConnectionLost] + " " : "")
            // Whole key sentences only: those that do not fit are left out from the least
            // important (the key table's order), so a reader never hears half a word.
            var shown = keySentences
            var line = kiosk + counted + text[.keysSpoken, shown.joined(separator: " ")]
            while shown.count > 1, TextWidth.width(of: line) > screen.cols {
                shown.removeLast()
                line = kiosk + counted + text[.keysSpoken, shown.joined(separator: " ")]
            }
            screen.write(state.message ?? line, row: status, col: 0, style: .status)
        }
        return screen
    }

    /// "Documents, pane 1 of 5, 16 items."
    static func heading(_ state: AppState) -> String {
        let text = state.text
        if state.currentList == .inbox {
            return text[.inboxHeadingSpoken, state.format.count(state.notifications.unread), count(state)]
        }
        var title = ListLayout.title(of: state.currentList, text).replacingOccurrences(of: " › ", with: ", ")
        if let detail = state.currentList.list.headingDetail(text, state.format) { title += ", " + detail }
        return text[
            .paneHeadingSpoken, title, String(state.pane.rawValue + 1), String(PaneID.allCases.count),
            count(state)]
    }

    /// ", 16 items" once the list is read.
    static func count(_ state: AppState) -> String {
        let list = state.current
        let text = state.text
        guard list.loaded else { return "" }
        if let words = state.currentList.list.countWords(list, text, state.format) { return ", " + words }
        return ", "
            + (list.total == 1 ? text[.itemCountOne] : text[.itemCount, state.format.count(list.total)])
    }

    private static func items(_ state: AppState, into screen: inout Screen, row: Int) -> (row: Int, col: Int)
    {
        let text = state.text
        let format = state.format
        let list = state.current
        guard list.total > 0 else {
            screen.write(list.loaded ? text[.nothingHere] : text[.reading], row: row, col: 0)
            return (row, 0)
        }
        let name = ListLayout.itemName(of: state.currentList, text)
        let total = format.count(list.total)
        for line in 0..<state.listHeight {
            let index = list.top + line
            guard index < list.total else { break }
            let spoken = list.row(at: index)?.spoken ?? text[.readingItem]
            let style: Style = index == list.focus ? Style(.focus, [.reverse]) : .normal
            let line = text[.itemSpoken, name, format.count(index + 1), total, spoken]
            // A cut line ends with an ellipsis, so a braille reader knows there is more.
            screen.write(
                TextWidth.truncate(line, to: screen.cols), row: row + index - list.top, col: 0, style: style)
        }
        return (row + list.focus - list.top, 0)
    }

    static func helpLines(
        _ keys: [KeyBinding], _ text: Catalog, focus: Int, into screen: inout Screen, row: Int, height: Int
    ) -> (row: Int, col: Int) {
        let top = max(0, min(focus - height + 1, keys.count - height))
        for (offset, binding) in keys.dropFirst(top).prefix(height).enumerated() {
            let style: Style = top + offset == focus ? Style(.focus, [.reverse]) : .normal
            screen.write(
                text[.keyAndSummary, binding.spokenLabel(text), text[binding.summary]], row: row + offset,
                col: 0,
                style: style)
        }
        return (row + focus - top, 0)
    }
}

/// The view: the whole screen as a pure function of the state.
public enum AppView {
    public static func render(_ state: AppState) -> Screen {
        let text = state.text
        guard state.fits else { return TooSmallView.render(rows: state.rows, cols: state.cols, text) }
        if state.screenReader { return ScreenReaderView.render(state) }
        var screen = Screen(rows: state.rows, cols: state.cols)
        TabBar.render(current: state.pane, text, into: &screen, row: 0)
        let list = state.current
        let format = state.format
        let title = ListLayout.title(of: state.currentList, text)
        let status = state.rows - 1
        if state.showingHelp {
            screen.cursor = HelpView.render(
                title: state.pane.title(text), keys: KeyMap.helpLines(for: state), text,
                focus: state.helpFocus,
                into: &screen, row: 1, height: status - 1)
        } else {
            let count = list.loaded ? " · \(format.count(list.total))" : ""
            let end = screen.write(title + count, row: 1, col: 0, style: Style(.heading, [.bold]))
            let name = state.patientName
            let nameWidth = TextWidth.width(of: name)
            if end + 2 + nameWidth <= screen.cols {
                screen.write(name, row: 1, col: screen.cols - nameWidth, style: .muted)
            }
            let table = TableView(
                columns: ListLayout.columns(of: state.currentList, text), list: list,
                emptyText: list.loaded ? text[.nothingHere] : text[.reading])
            screen.cursor = table.render(into: &screen, row: 2, height: state.listHeight)
        }
        let position =
            list.total > 0 && !state.showingHelp
            ? "\(format.count(list.focus + 1))/\(format.count(list.total))" : ""
        StatusLine.render(
            keys: KeyMap.bindings(for: state), text, message: state.message, position: position,
            into: &screen, row: status)
        return screen
    }
}

/// The view: the whole screen as a pure function of the state.
public enum AppView {
    public static func render(_ state: AppState) -> Screen {
        guard state.fits else { return TooSmallView.render(rows: state.rows, cols: state.cols) }
        if state.screenReader { return ScreenReaderView.render(state) }
        var screen = Screen(rows: state.rows, cols: state.cols)
        TabBar.render(current: state.pane, into: &screen, row: 0)
        let list = state.current
        let title = ListLayout.title(of: state.currentList)
        let bodyTop = 2
        let status = state.rows - 1
        if state.showingHelp {
            screen.cursor = HelpView.render(
                title: state.pane.title, keys: KeyMap.helpLines(for: state), focus: state.helpFocus,
                into: &screen, row: 1, height: status - 1)
        } else {
            let count = list.loaded ? " · \(DisplayText.count(list.total))" : ""
            let end = screen.write(title + count, row: 1, col: 0, style: Style(.heading, [.bold]))
            let name = state.patientName
            let nameWidth = TextWidth.width(of: name)
            if end + 2 + nameWidth <= screen.cols {
                screen.write(name, row: 1, col: screen.cols - nameWidth, style: .muted)
            }
            let table = TableView(
                columns: ListLayout.columns(of: state.currentList), list: list,
                emptyText: list.loaded ? "Nothing here yet." : "Reading…")
            screen.cursor = table.render(into: &screen, row: bodyTop, height: state.listHeight)
        }
        let position =
            list.total > 0 && !state.showingHelp
            ? "\(DisplayText.count(list.focus + 1))/\(DisplayText.count(list.total))" : ""
        StatusLine.render(
            keys: KeyMap.bindings(for: state), message: state.message, position: position,
            into: &screen, row: status)
        return screen
    }
}

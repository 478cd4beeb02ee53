/// The view: the whole screen as a pure function of the state.
public enum AppView {
    public static func render(_ state: AppState) -> Screen {
        let text = state.text
        guard state.fits else { return TooSmallView.render(rows: state.rows, cols: state.cols, text) }
        if state.lock != nil { return LockView.render(state) }
        if state.screenReader { return ScreenReaderView.render(state) }
        var screen = Screen(rows: state.rows, cols: state.cols)
        let layout = state.layout
        TabBar.render(current: state.pane, text, into: &screen, row: layout.bar.row)
        let list = state.current
        let format = state.format
        if !drawCover(state, layout, into: &screen) { drawPane(state, layout, into: &screen) }
        var position =
            switch state.cover {
            case .page(let page)?: TextPageView.position(page, state)
            case nil where list.total > 0: "\(format.count(list.focus + 1))/\(format.count(list.total))"
            default: ""
            }
        // The chart's cursor reads out its value where the keys begin.
        let readout = state.chartFocused ? ChartReadout.underCursor(state) : nil
        if readout != nil { position = "" }
        if state.notifications.unread > 0 {
            let count = state.notifications.unread
            let unread = count == 1 ? text[.unreadCountOne] : text[.unreadCount, format.count(count)]
            position = position.isEmpty ? unread : unread + " · " + position
        }
        // A kiosk says why nothing can be changed.
        if state.kiosk { position = text[.kioskStatus] + (position.isEmpty ? "" : " · " + position) }
        if state.readOnly { position = text[.readOnlyStatus] + (position.isEmpty ? "" : " · " + position) }
        if state.connectionLost {
            position = text[.statusReconnecting] + (position.isEmpty ? "" : " · " + position)
        }
        BannerView.render(state.notifications.banners, text, into: &screen, area: layout.banners)
        StatusLine.render(
            keys: KeyMap.bindings(for: state), text, message: state.message, lead: readout,
            position: position,
            into: &screen, row: layout.status.row)
        drawDialogs(state, layout, into: &screen)
        return screen
    }

    /// The current pane: its heading, what stands above its list, its chart and its table.
    private static func drawPane(_ state: AppState, _ layout: ScreenLayout, into screen: inout Screen) {
        let text = state.text
        let format = state.format
        let list = state.current
        let title = ListLayout.title(of: state.currentList, text)
        let shown = state.currentList.list
        var count = ""
        if list.loaded { count = " · " + (shown.countWords(list, text, format) ?? format.count(list.total)) }
        if let detail = shown.headingDetail(text, format) { count += " · " + detail }
        let row = layout.heading.row
        let end = screen.write(title + count, row: row, col: 0, style: Style(.heading, [.bold]))
        let name = state.recordHeading
        let nameWidth = TextWidth.width(of: name)
        if end + 2 + nameWidth <= screen.cols {
            screen.write(name, row: row, col: screen.cols - nameWidth, style: .muted)
        }
        for (offset, line) in state.wrappedLinesAboveList.enumerated() {
            screen.write(
                line.text, row: layout.above.row + offset, col: 0,
                style: line.isDue ? Style(.alert, [.bold]) : .muted)
        }
        var chartCursor: (row: Int, col: Int)?
        if let chartLayout = state.chartLayout, let type = state.openedMeasurement {
            let chart = ChartView(
                layout: chartLayout, type: type, chart: state.charts[type] ?? ChartState(),
                focused: state.chartFocused)
            chartCursor = chart.render(into: &screen, row: layout.chart.row, text, format)
        }
        var table = TableView(
            columns: ListLayout.columns(of: state.currentList, text), list: list,
            emptyText: list.loaded ? text[.nothingHere] : text[.reading])
        table.marksFocus = !state.chartFocused
        screen.cursor = table.render(into: &screen, area: layout.list)
        if state.chartFocused, let chartCursor { screen.cursor = chartCursor }
    }
}

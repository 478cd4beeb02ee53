/// Where each part of the browser's screen goes, split from the window by `Rect.split`:
///
///     bar       the tab bar (screen-reader mode: the pane's heading in words)
///     heading   the pane's heading (screen-reader mode: what just changed)
///     body      above: what is due, a summary; chart; list: column headers and rows
///               (help and text pages take the body whole)
///     banners   notifications, above the status line
///     status    keys, messages, the position
struct ScreenLayout: Equatable {
    var bar: Rect
    var heading: Rect
    var body: Rect
    var above: Rect
    var chart: Rect
    var list: Rect
    var banners: Rect
    var status: Rect

    /// - Parameters:
    ///   - above: lines between the heading and the list.
    ///   - chart: rows of the chart over the list, if one is drawn.
    init(rows: Int, cols: Int, above: Int, chart: Int, banners: Int) {
        let window = Rect(row: 0, height: rows, width: cols)
        let parts = window.split([.length(1), .length(1), .fill, .length(banners), .length(1)])
        (bar, heading, body, self.banners, status) = (parts[0], parts[1], parts[2], parts[3], parts[4])
        let inBody = body.split([.length(above), .length(chart), .fill])
        (self.above, self.chart, list) = (inBody[0], inBody[1], inBody[2])
    }

    /// The heading's line and the body: what the help takes.
    var headingAndBody: Rect {
        Rect(row: heading.row, col: heading.col, height: body.bottom - heading.row, width: heading.width)
    }
}

extension AppState {
    /// The screen's areas as drawn now.
    var layout: ScreenLayout {
        ScreenLayout(
            rows: rows, cols: cols, above: wrappedLinesAboveList.count, chart: chartLayout?.height ?? 0,
            banners: bannerRows)
    }

    /// Rows of the window given to the list's rows: the list's area less its column headers
    /// (screen-reader mode has none).
    public var listHeight: Int { max(1, layout.list.height - (screenReader ? 0 : 1)) }

    /// Rows of the window given to a text page: the body.
    public var pageHeight: Int { max(1, layout.body.height) }

    /// The opened kind's chart as drawn above its readings, or nil where none is drawn:
    /// in screen-reader mode, over help or a page, or when the window leaves no room.
    public var chartLayout: ChartLayout? {
        guard !screenReader, fits, pane == .measurements, let type = openedMeasurement, cover == nil
        else { return nil }
        let below = ScreenLayout(
            rows: rows, cols: cols, above: wrappedLinesAboveList.count, chart: 0, banners: bannerRows)
        return ChartLayout.fitting(type, rows: below.list.height - 1, cols: cols)
    }
}

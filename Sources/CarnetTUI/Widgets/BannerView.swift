import CarnetCore

/// The banners: a stack of lines just above the status line, the newest lowest. Emergency
/// accesses and refusals are drawn in the alert style (and say so in words); the rest in the
/// banner style. Banners never hold the cursor: the list above them keeps it.
enum BannerView {
    /// Draws the stack in `area`, its last line at the bottom. A stack taller than the area
    /// shows its newest banners under a line counting the others.
    static func render(_ banners: [Banner], _ text: Catalog, into screen: inout Screen, area: Rect) {
        let (rows, bottom) = (area.height, area.bottom - 1)
        guard rows > 0, !banners.isEmpty else { return }
        var lines = banners.suffix(rows).map { ($0.text, $0.alert) }
        if banners.count > rows, rows > 1 {
            lines = [(text[.bannersHidden, String(banners.count - rows + 1)], false)] + lines.suffix(rows - 1)
        }
        for (offset, line) in lines.enumerated() {
            let row = bottom - lines.count + 1 + offset
            let style = line.1 ? Style(.alert, [.bold, .reverse]) : Style(.banner, [.bold])
            screen.fill(row: row, col: 0, height: 1, width: screen.cols, with: .blank(style))
            screen.write(
                " " + TextWidth.truncate(line.0, to: max(0, screen.cols - 2)), row: row, col: 0, style: style)
        }
    }
}

import CarnetCore
import Foundation

/// A kind's chart in braille cells (2 × 4 dots each): a line with the unit and the ranges,
/// the plot with its value axis on the left, and the dates under it.
///
/// One bucket per terminal column: the cursor, the status line's readout and a braille
/// display all move by whole cells, so every bucket can be reached and read, and what the
/// readout says is exactly what its column draws. Each bucket draws its lowest to highest
/// value as a bar two dots wide; an empty bucket draws nothing (no line is made up across
/// a gap). The value axis spans the readings and the reference band, whose bounds are
/// labelled and drawn as dashed guides where no reading is; cells above the band take the
/// `high` role and below it `low`, which the readout also says in words.
///
/// A child's height, weight or head circumference has the WHO percentile curves (3rd, 15th,
/// 50th, 85th, 97th) drawn behind it, one dot high and muted, where no reading is; the value
/// axis spans them too, and the line under the plot counts the child's age instead of dates.
///
///      262┤ ⣿⣿⣷⣿⣿⣿
///      180┤┄⣿⣿⣿⣿⣿⣿┄
///         │ ⣿⣿⡿⣿⣿⣿
///       70┤┄┄┄⣿┄┄┄┄
///       45┤   ⠛
struct ChartView {
    var layout: ChartLayout
    var type: MeasurementType
    var chart: ChartState
    /// Whether the chart has the keys: its cursor column is marked, the cursor put there.
    var focused: Bool

    /// Draws the chart from `row`, `layout.height` rows.
    /// - Returns: where the terminal cursor goes when the chart has the keys: the cursor's
    ///   column, on the row of the value taken last there.
    func render(into screen: inout Screen, row: Int, _ text: Catalog, _ format: TextFormat) -> (
        row: Int, col: Int
    ) {
        header(into: &screen, row: row, text, format)
        let top = row + 1
        guard let buckets = chart.buckets else {
            screen.write(
                chart.answered == nil ? text[.reading] : text[.nothingHere], row: top, col: layout.gutter,
                style: .muted)
            return (top, layout.gutter)
        }
        let scale = Scale(range: valueRange(buckets), dots: layout.plotRows * 4)
        axis(scale, into: &screen, row: top, format)
        let cursor = focused ? chart.cursorIndex : nil
        var cursorRow = top + layout.plotRows - 1
        for (column, bucket) in buckets.buckets.prefix(layout.columns).enumerated() {
            let cells = Self.cells(bucket, scale, rows: layout.plotRows)
            let curveCells = Self.curveCells(curveValues(column), scale, rows: layout.plotRows)
            let col = layout.gutter + column
            for (offset, cell) in cells.enumerated() {
                var style = cell.role.map { Style($0) } ?? .normal
                var glyph = cell.bits == 0 ? " " : String(Self.braille(cell.bits))
                if cell.bits == 0, guides(scale).contains(offset) {
                    glyph = "┄"
                    style = .muted
                } else if cell.bits == 0, curveCells[offset] != 0 {
                    glyph = String(Self.braille(curveCells[offset]))
                    style = .muted
                }
                if column == cursor { style = Style(.focus, [.reverse]) }
                screen.write(glyph, row: top + offset, col: col, style: style)
            }
            if column == cursor, let last = bucket.first?.last {
                cursorRow = top + scale.dot(last) / 4
            }
        }
        dates(buckets, into: &screen, row: top + layout.plotRows, text, format)
        return (cursorRow, layout.gutter + (cursor ?? 0))
    }

    // MARK: - Parts

    /// The unit at the left, then the ranges with the one shown in brackets, then the band.
    private func header(into screen: inout Screen, row: Int, _ text: Catalog, _ format: TextFormat) {
        let unit = type.displayUnit(text)
        let start = max(layout.gutter, TextWidth.width(of: unit) + 2)
        screen.write(unit, row: row, col: 0, style: .muted)
        let labels = ChartRange.allCases.map { $0 == chart.range ? "[\($0.label(text))]" : $0.label(text) }
        let all = labels.joined(separator: "  ")
        var end: Int
        if start + TextWidth.width(of: all) <= screen.cols {
            end = start
            for (range, label) in zip(ChartRange.allCases, labels) {
                end = screen.write(
                    label, row: row, col: end, style: range == chart.range ? Style(.heading, [.bold]) : .muted
                )
                end += 2
            }
        } else {
            end = screen.write(
                "[\(chart.range.label(text))]", row: row, col: start, style: Style(.heading, [.bold]))
        }
        let band =
            MeasurementsPane.band(components, text, format) ?? chart.curves.map { _ in text[.growthCurves] }
        if let band, end + 2 + TextWidth.width(of: band) <= screen.cols {
            screen.write(band, row: row, col: screen.cols - TextWidth.width(of: band), style: .muted)
        }
    }

    /// Values at the top and bottom rows and at the band's bounds, on the axis line.
    private func axis(_ scale: Scale, into screen: inout Screen, row: Int, _ format: TextFormat) {
        var labels: [Int: Double] = [:]
        for bound in bandBounds { labels[scale.dot(bound) / 4] = bound }
        labels[0] = scale.range.upperBound
        labels[layout.plotRows - 1] = scale.range.lowerBound
        for offset in 0..<layout.plotRows {
            let label = labels[offset].map { format.number($0) } ?? ""
            screen.write(
                TextWidth.pad(label, to: layout.gutter - 1, alignment: .trailing)
                    + (labels[offset] == nil ? "│" : "┤"),
                row: row + offset, col: 0, style: .muted)
        }
    }

    /// The first day at the left, the latest reading's at the right (the range ends with
    /// it), and the middle one when there is room; for a child, the ages on those days.
    private func dates(
        _ buckets: MeasurementBuckets, into screen: inout Screen, row: Int, _ text: Catalog,
        _ format: TextFormat
    ) {
        let columns = min(layout.columns, buckets.buckets.count)
        // A child's chart counts age ("6 months", "3 years"); a day before birth keeps its date.
        func label(_ date: Date) -> String {
            chart.curves.flatMap { Age(birthDate: $0.birthDate, on: date)?.words(text) } ?? format.day(date)
        }
        let first = label(buckets.start)
        let latest = buckets.buckets.prefix(columns).joined().map(\.lastAt).max()
        let last = label(latest ?? buckets.start(of: columns).addingTimeInterval(-1))
        let width = TextWidth.width(of: first)
        screen.write(first, row: row, col: layout.gutter, style: .muted)
        let lastCol = layout.gutter + columns - TextWidth.width(of: last)
        guard lastCol > layout.gutter + width else { return }
        screen.write(last, row: row, col: lastCol, style: .muted)
        let middle = label(buckets.start(of: columns / 2))
        let middleWidth = TextWidth.width(of: middle)
        let col = layout.gutter + columns / 2 - middleWidth / 2
        if col >= layout.gutter + width + 2, col + middleWidth + 2 <= lastCol {
            screen.write(middle, row: row, col: col, style: .muted)
        }
    }

    // MARK: - Geometry

    /// The components drawn: systolic and diastolic for blood pressure, else the kind itself.
    private var components: [MeasurementType] {
        type.storedCodes.compactMap(MeasurementType.init(rawValue:))
    }

    /// The band's bounds, each once (blood pressure: 60, 90, 140).
    private var bandBounds: [Double] {
        Array(Set(components.compactMap(\.referenceBand).flatMap { [$0.lowerBound, $0.upperBound] })).sorted()
    }

    /// The rows of the plot holding a band bound: dashed where no reading is.
    private func guides(_ scale: Scale) -> Set<Int> {
        Set(bandBounds.map { scale.dot($0) / 4 })
    }

    /// A child's percentile values in a column, lowest first; empty without curves there.
    private func curveValues(_ column: Int) -> [Double] {
        guard let curves = chart.curves, curves.columns.indices.contains(column) else { return [] }
        return curves.columns[column]?.values ?? []
    }

    /// The readings' values, the band and a child's curves together, never a single value.
    private func valueRange(_ buckets: MeasurementBuckets) -> ClosedRange<Double> {
        let curves = (0..<min(layout.columns, buckets.buckets.count)).flatMap { column in
            curveValues(column).first.map { [$0, curveValues(column).last ?? $0] } ?? []
        }
        let values = (buckets.valueRange.map { [$0.lowerBound, $0.upperBound] } ?? []) + bandBounds + curves
        // Curves end between readings: whole units read better on the axis.
        let whole = !curves.isEmpty
        let low = values.min().map { whole ? $0.rounded(.down) : $0 } ?? 0
        let high = values.max().map { whole ? $0.rounded(.up) : $0 } ?? 1
        guard high > low else { return (low - 1)...(high + 1) }
        return low...high
    }

    /// Values to dot rows: the highest value on the top dot, the lowest on the bottom one.
    struct Scale {
        var range: ClosedRange<Double>
        var dots: Int

        func dot(_ value: Double) -> Int {
            let share = (range.upperBound - value) / (range.upperBound - range.lowerBound)
            return min(max(0, Int((share * Double(dots - 1)).rounded())), dots - 1)
        }

        /// The value at the middle of a cell row's four dots.
        func value(atCellRow row: Int) -> Double {
            let share = (Double(row * 4) + 1.5) / Double(dots - 1)
            return range.upperBound - share * (range.upperBound - range.lowerBound)
        }
    }

    /// One column's cells, top to bottom: the dots of each component's lowest-to-highest
    /// bar, both dot columns, and the role of each cell by the value at its middle.
    static func cells(_ bucket: [MeasurementBucket], _ scale: Scale, rows: Int) -> [(
        bits: UInt8, role: Style.Role?
    )] {
        var cells = Array(repeating: (bits: UInt8(0), role: Style.Role?.none), count: rows)
        for component in bucket {
            let top = scale.dot(component.high)
            let bottom = scale.dot(component.low)
            for dot in top...bottom { cells[dot / 4].bits |= rowBits[dot % 4] }
            for row in (top / 4)...(bottom / 4) where cells[row].role == nil {
                switch component.type.judge(scale.value(atCellRow: row)) {
                case .high: cells[row].role = .high
                case .low: cells[row].role = .low
                case .inBand, .noBand: break
                }
            }
        }
        return cells
    }

    /// One column's cells of the curves, top to bottom: each value's dot in the left dot
    /// column only, so that a curve reads as a dotted line and a reading (two dots wide)
    /// stands out from it without colour.
    static func curveCells(_ values: [Double], _ scale: Scale, rows: Int) -> [UInt8] {
        var cells = Array(repeating: UInt8(0), count: rows)
        for value in values {
            let dot = scale.dot(value)
            cells[dot / 4] |= leftBits[dot % 4]
        }
        return cells
    }

    /// The left dot column's dots of each dot row (braille dots 1, 2, 3, 7).
    static let leftBits: [UInt8] = [0x01, 0x02, 0x04, 0x40]

    /// The dots of each of a cell's four dot rows, left and right column together
    /// (braille dots 1 4, 2 5, 3 6, 7 8).
    static let rowBits: [UInt8] = [0x01 | 0x08, 0x02 | 0x10, 0x04 | 0x20, 0x40 | 0x80]

    static func braille(_ bits: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
    }
}

import CarnetCore
import Foundation

/// How much time a chart shows, ending with the kind's latest reading.
public enum ChartRange: Int, CaseIterable, Sendable {
    case month, quarter, year, fiveYears, all

    /// The span in seconds; nil: from the first reading.
    public var span: Int64? {
        let day: Int64 = 86_400
        switch self {
        case .month: return 30 * day
        case .quarter: return 91 * day
        case .year: return 365 * day
        case .fiveYears: return 1_826 * day
        case .all: return nil
        }
    }

    public func label(_ text: Catalog) -> String {
        switch self {
        case .month: text[.rangeMonth]
        case .quarter: text[.rangeQuarter]
        case .year: text[.rangeYear]
        case .fiveYears: text[.rangeFiveYears]
        case .all: text[.rangeAll]
        }
    }

    /// The next longer (`by: 1`) or shorter (`by: -1`) range, staying at the ends.
    func step(by delta: Int) -> ChartRange {
        ChartRange(rawValue: min(max(0, rawValue + delta), Self.allCases.count - 1)) ?? self
    }
}

/// What a chart asks the record for: a kind's buckets over a range, one per column.
public struct ChartRequest: Hashable, Sendable {
    public var type: MeasurementType
    public var range: ChartRange
    public var columns: Int

    public init(type: MeasurementType, range: ChartRange, columns: Int) {
        self.type = type
        self.range = range
        self.columns = columns
    }
}

/// One kind's chart above its readings: the range shown, the reading under the cursor,
/// whether the chart has the keys, and the buckets once read.
public struct ChartState: Equatable, Sendable {
    /// Overview first: the whole series, then shorter ranges on request.
    public var range = ChartRange.all
    /// When the reading under the cursor was taken; nil: the latest.
    public var cursorAt: Date?
    /// Whether the chart has the keys; otherwise the readings table below it has them.
    public var focused = true
    /// The buckets read, and the request they answer.
    public private(set) var buckets: MeasurementBuckets?
    /// For a child's height, weight or head circumference: the WHO percentile curves over
    /// the same columns, drawn behind the readings.
    public private(set) var curves: GrowthCurves?
    public private(set) var answered: ChartRequest?
    /// A request asked of the record and not answered yet.
    var pending: ChartRequest?

    public init() {}

    /// Takes the record's answer (nil buckets: the kind has no reading).
    mutating func take(_ buckets: MeasurementBuckets?, curves: GrowthCurves? = nil, for request: ChartRequest)
    {
        self.buckets = buckets
        self.curves = curves
        answered = request
        if pending == request { pending = nil }
    }

    /// Forgets the buckets so that they are read again (the record changed).
    mutating func invalidate() {
        buckets = nil
        curves = nil
        answered = nil
        pending = nil
    }

    /// The bucket under the cursor: the one holding `cursorAt`, else the latest with a
    /// reading; nil while nothing is read.
    public var cursorIndex: Int? {
        guard let buckets else { return nil }
        let filled = buckets.buckets.indices.filter { !buckets.buckets[$0].isEmpty }
        if let at = cursorAt, let index = buckets.index(of: at) {
            // The nearest bucket with a reading, in case the moment's own has none.
            return filled.min { abs($0 - index) < abs($1 - index) }
        }
        return filled.last
    }

    /// Moves the cursor to the next bucket with a reading, later (`by: 1`) or earlier (-1).
    mutating func moveCursor(by direction: Int) {
        guard let buckets, let index = cursorIndex else { return }
        var next = index + direction
        while buckets.buckets.indices.contains(next) {
            if let at = buckets.buckets[next].map(\.lastAt).max() {
                cursorAt = at
                return
            }
            next += direction
        }
    }

    /// Puts the cursor on the first (`latest: false`) or the latest bucket with a reading.
    mutating func moveCursorToEnd(latest: Bool) {
        guard let buckets else { return }
        let filled = buckets.buckets.filter { !$0.isEmpty }
        cursorAt = latest ? nil : filled.first?.map(\.lastAt).max()
    }
}

/// Where a chart sits in the readings view: a line with the unit and the ranges, the plot,
/// and a line of dates under it.
public struct ChartLayout: Equatable, Sendable {
    /// Rows of braille cells, four dots each.
    public var plotRows: Int
    /// Columns left of the plot for the value axis.
    public var gutter: Int
    /// Columns of the plot: one bucket each.
    public var columns: Int

    /// Rows the chart takes: the unit and ranges line, the plot, the dates line.
    public var height: Int { plotRows + 2 }

    static let minimumPlotRows = 4
    static let maximumPlotRows = 12
    static let minimumColumns = 12
    /// The readings table keeps at least this many rows under the chart.
    static let minimumTableRows = 3

    /// The chart for `type` when the readings table alone would have `rows` rows, or nil
    /// when there is no room for a useful one (the table alone is shown then).
    static func fitting(_ type: MeasurementType, rows: Int, cols: Int) -> ChartLayout? {
        // The table keeps about half of the rows, and never fewer than three.
        let plotRows = min(maximumPlotRows, (rows - 2) / 2, rows - 2 - minimumTableRows)
        let gutter = gutterWidth(type)
        guard plotRows >= minimumPlotRows, cols - gutter >= minimumColumns else { return nil }
        return ChartLayout(plotRows: plotRows, gutter: gutter, columns: cols - gutter)
    }

    /// Wide enough for the largest possible value of the kind, a space and the axis line:
    /// known before reading, so that the number of buckets asked for is too.
    static func gutterWidth(_ type: MeasurementType) -> Int {
        let digits = String(Int(type.validRange.upperBound)).count
        return digits + (type.decimals > 0 ? 2 : 0) + 2
    }
}

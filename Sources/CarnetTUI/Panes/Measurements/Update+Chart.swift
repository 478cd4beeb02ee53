import CarnetCore

/// The chart above a kind's readings: Left and Right move its cursor from reading to
/// reading, `+` and `-` change its range, Down goes into the readings table and Up from the
/// table's first row comes back.
extension Update {
    /// Keys while a chart is shown; nil leaves the key to the readings table.
    static func moveInChart(_ action: Action, _ state: inout AppState) -> [Effect]? {
        guard let type = state.openedMeasurement else { return nil }
        var chart = state.charts[type] ?? ChartState()
        switch action {
        case .chartEarlier, .chartLater:
            chart.moveCursor(by: action == .chartLater ? 1 : -1)
            chart.focused = true
        case .first where chart.focused, .last where chart.focused:
            chart.moveCursorToEnd(latest: action == .last)
        case .widerRange, .narrowerRange:
            chart.range = chart.range.step(by: action == .widerRange ? 1 : -1)
        case .down where chart.focused:
            // Into the table, on the row it had.
            chart.focused = false
        case .up where !chart.focused && state.current.focus == 0:
            chart.focused = true
        default:
            return nil
        }
        state.charts[type] = chart
        return loadVisible(&state)
    }

    /// Takes a chart's buckets when they answer what the chart still shows.
    static func chartLoaded(
        _ request: ChartRequest, _ buckets: MeasurementBuckets?, _ curves: GrowthCurves?,
        _ state: inout AppState
    ) -> [Effect] {
        var chart = state.charts[request.type] ?? ChartState()
        chart.take(buckets, curves: curves, for: request)
        state.charts[request.type] = chart
        return loadVisible(&state)
    }

    /// The request for the chart on screen when its buckets are not read yet (nor asked).
    static func loadChart(_ state: inout AppState) -> [Effect] {
        guard let layout = state.chartLayout, let type = state.openedMeasurement else { return [] }
        var chart = state.charts[type] ?? ChartState()
        let request = ChartRequest(type: type, range: chart.range, columns: layout.columns)
        guard chart.answered != request, chart.pending != request else { return [] }
        chart.pending = request
        state.charts[type] = chart
        return [.loadChart(request)]
    }
}

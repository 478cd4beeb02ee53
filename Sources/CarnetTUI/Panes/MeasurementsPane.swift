import CarnetCore

/// The Measurements pane: the kinds of measurement with their latest value; Enter opens
/// one kind's readings, newest first.
enum MeasurementsPane {
    static let typeColumns = [
        Column("Measurement", width: 20, priority: 3),
        Column("Latest", priority: 4),
        Column("Readings", width: 9, alignment: .trailing, priority: 2),
    ]

    static let readingColumns = [
        Column("Date", width: 16, priority: 3),
        Column("Measurement", width: 12, priority: 1),
        Column("Value", width: 8, alignment: .trailing, priority: 4),
        Column("Unit", priority: 2),
    ]

    static func row(_ series: MeasurementSeriesSummary) -> ListRow {
        let values = series.latest.map { DisplayText.number($0.value) }.joined(separator: "/")
        let latest =
            series.latest.first.map {
                "\(DisplayText.withUnit(values, series.type)) on \(DisplayText.day($0.at))"
            } ?? ""
        return ListRow(
            key: nil,
            cells: [series.type.label, latest, DisplayText.count(series.count)],
            spoken: "\(series.type.label), latest "
                + (series.latest.first.map {
                    "\(DisplayText.withUnit(values, series.type)) on \(DisplayText.longDay($0.at))"
                } ?? "none")
                + ", \(DisplayText.count(series.count)) readings",
            opens: .readings(series.type))
    }

    static func row(_ reading: Measurement) -> ListRow {
        ListRow(
            key: PageKey(date: reading.at, id: reading.id),
            cells: [
                DisplayText.minute(reading.at), reading.type.label,
                DisplayText.number(reading.value), reading.type.displayUnit,
            ],
            spoken: "\(reading.type.label) "
                + DisplayText.withUnit(DisplayText.number(reading.value), reading.type)
                + ", \(DisplayText.longDay(reading.at)) at \(DisplayText.time(reading.at))")
    }
}

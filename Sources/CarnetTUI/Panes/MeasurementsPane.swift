import CarnetCore

/// The Measurements pane: the kinds of measurement with their latest value; Enter opens
/// one kind's readings, newest first.
enum MeasurementsPane {
    static func typeColumns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnMeasurement], width: 20, priority: 3),
            Column(text[.columnLatest], priority: 4),
            Column(text[.columnReadings], width: 9, alignment: .trailing, priority: 2),
        ]
    }

    static func readingColumns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], width: 16, priority: 3),
            Column(text[.columnMeasurement], width: 12, priority: 1),
            Column(text[.columnValue], width: 8, alignment: .trailing, priority: 4),
            Column(text[.columnUnit], priority: 2),
        ]
    }

    static func row(_ series: MeasurementSeriesSummary, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let values = series.latest.map { format.number($0.value) }.joined(separator: "/")
        let latest = series.latest.first.map { (series.type.withUnit(values, text), $0.at) }
        let label = series.type.label(text)
        let count = format.count(series.count)
        return ListRow(
            key: nil,
            cells: [label, latest.map { text[.latestOn, $0.0, format.day($0.1)] } ?? "", count],
            spoken: text[
                .latestSpoken, label,
                latest.map { text[.latestOn, $0.0, format.longDay($0.1)] } ?? text[.noneYet], count],
            opens: .readings(series.type))
    }

    static func row(_ reading: Measurement, _ text: Catalog, _ format: TextFormat) -> ListRow {
        ListRow(
            key: PageKey(date: reading.at, id: reading.id),
            cells: [
                format.minute(reading.at), reading.type.label(text), format.number(reading.value),
                reading.type.displayUnit(text),
            ],
            spoken: text[
                .readingSpoken, reading.type.label(text),
                reading.type.withUnit(format.number(reading.value), text), format.longDay(reading.at),
                format.time(reading.at)])
    }
}

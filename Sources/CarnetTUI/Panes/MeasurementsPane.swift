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

extension MeasurementsPane {
    /// Field positions of the add form.
    enum AddField {
        static let type = 0, value = 1, unit = 2, at = 3
    }

    /// The kinds a person types a reading of: every kind but the panel's two components.
    static let addableTypes = MeasurementType.allCases.filter { $0 != .systolic && $0 != .diastolic }

    /// The add form: the kind, the value (systolic/diastolic for blood pressure), its unit
    /// when not the kind's own, and when it was taken.
    static func addForm(_ text: Catalog) -> Form {
        Form(
            title: text[.formAddMeasurement],
            fields: [
                Form.Field(
                    label: text[.columnMeasurement],
                    options: addableTypes.map {
                        Menu.Option(
                            "\($0.label(text)) (\($0.acceptedUnits.joined(separator: ", ")))", value: $0.code,
                            shortLabel: $0.label(text))
                    }, placeholder: text[.formChoose]),
                Form.Field(label: text[.columnValue], placeholder: text[.valuePlaceholder]),
                Form.Field(label: text[.columnUnit], placeholder: text[.unitPlaceholder]),
                Form.Field(label: text[.fieldTakenAt], placeholder: text[.nowPlaceholder]),
            ],
            purpose: .addMeasurement)
    }
}

import CarnetCore

/// The Measurements pane: the kinds of measurement with their latest value; Enter opens
/// one kind's readings, newest first.
enum MeasurementsPane {
    static func typeColumns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnMeasurement], minimum: 18, priority: 4),
            Column(text[.columnLatest], minimum: 22, priority: 4),
            Column(text[.columnDate], minimum: 10, priority: 3),
            Column(text[.columnChange], minimum: 20, weight: 1, priority: 2),
            Column(text[.columnReadings], minimum: 9, alignment: .trailing, priority: 1),
        ]
    }

    static func readingColumns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], minimum: 16, priority: 3),
            Column(text[.columnValue], minimum: 9, alignment: .trailing, priority: 4),
            Column(text[.columnUnit], minimum: 8, priority: 2),
            Column(text[.columnBand], minimum: 20, weight: 1, priority: 3),
        ]
    }

    /// A value with its unit, and HIGH or LOW after it when it leaves the band.
    static func judged(
        _ values: [Measurement], _ type: MeasurementType, _ text: Catalog, _ format: TextFormat
    )
        -> (text: String, role: Style.Role?)
    {
        let shown = type.withUnit(values.map { format.number($0.value) }.joined(separator: "/"), text)
        let judgements = values.map { $0.type.judge($0.value) }
        if judgements.contains(.high) { return (shown + " " + text[.judgementHigh], .high) }
        if judgements.contains(.low) { return (shown + " " + text[.judgementLow], .low) }
        return (shown, nil)
    }

    /// One kind of measurement: its latest value (HIGH or LOW in words), its date, the change
    /// since the reading before, and how many readings; said as its summary sentence.
    static func row(
        _ series: MeasurementSeriesSummary, _ summary: MeasurementSummary?, _ text: Catalog,
        _ format: TextFormat
    ) -> ListRow {
        let label = series.type.label(text)
        let count = format.count(series.count)
        let latest = judged(series.latest, series.type, text, format)
        var change = ""
        if let previous = summary?.previous, let newest = series.latest.first {
            let delta = newest.value - previous.value
            let sign = delta > 0 ? "+" : (delta < 0 ? "−" : "±")
            change = text[.sincePrevious, newest.type.withUnit(sign + format.number(abs(delta)), text)]
        }
        let spoken = [summary?.sentence(text, format) ?? label, text[.readingsCount, count]].joined(
            separator: text[.summarySeparator])
        return ListRow(
            key: nil,
            cells: [label, latest.text, series.latest.first.map { format.day($0.at) } ?? "", change, count],
            spoken: spoken, opens: .readings(series.type), emphasis: latest.role)
    }

    /// One reading, with HIGH or LOW and the band in words when one applies; a child's
    /// height, weight or head circumference with its WHO percentile band instead.
    static func row(
        _ reading: Measurement, _ text: Catalog, _ format: TextFormat, growth: GrowthAssessment? = nil
    ) -> ListRow {
        readingRow(
            [reading], key: PageKey(date: reading.at, id: reading.id), reading.type, text, format,
            growth: growth)
    }

    /// A blood pressure: both values on one row.
    static func row(_ reading: BloodPressureReading, _ text: Catalog, _ format: TextFormat) -> ListRow {
        readingRow(
            [reading.systolic] + (reading.diastolic.map { [$0] } ?? []),
            key: PageKey(date: reading.systolic.at, id: reading.systolic.id), .bloodPressure, text, format)
    }

    private static func readingRow(
        _ values: [Measurement], key: PageKey, _ type: MeasurementType, _ text: Catalog, _ format: TextFormat,
        growth: GrowthAssessment? = nil
    ) -> ListRow {
        let at = values[0].at
        let judged = judged(values, type, text, format)
        let shown = values.map { format.number($0.value) }.joined(separator: "/")
        var standing: GrowthStanding?
        if case .standing(let placed) = growth { standing = placed }
        let band = band(values.map(\.type), text, format) ?? standing?.band.shortWords(text)
        let verdict =
            judged.role == .high ? text[.judgementHigh] : (judged.role == .low ? text[.judgementLow] : nil)
        return ListRow(
            key: key,
            cells: [
                format.minute(at), shown, type.displayUnit(text),
                [verdict, band].compactMap { $0 }.joined(separator: " "),
            ],
            spoken: [
                text[
                    .readingSpoken, type.label(text), type.withUnit(shown, text), format.longDay(at),
                    format.time(at)],
                verdict, standing.map { GrowthAssessment.standing($0).words(text) },
            ].compactMap { $0 }.joined(separator: ", "),
            emphasis: judged.role)
    }

    /// "band 90–140 / 60–90", or nil when the kind has none.
    static func band(_ types: [MeasurementType], _ text: Catalog, _ format: TextFormat) -> String? {
        let bands = types.compactMap(\.referenceBand)
        guard !bands.isEmpty else { return nil }
        return text[
            .bandWords,
            bands.map { format.number($0.lowerBound) + "–" + format.number($0.upperBound) }.joined(
                separator: " / ")]
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
                    }),
                Form.Field(label: text[.columnValue], placeholder: text[.valuePlaceholder]),
                Form.Field(label: text[.columnUnit], placeholder: text[.unitPlaceholder]),
                Form.Field(label: text[.fieldTakenAt], placeholder: text[.nowPlaceholder]),
            ],
            purpose: .addMeasurement)
    }
}

extension MeasurementsPane {
    /// The kinds of measurement, each with its latest reading.
    static func typesList(_ text: Catalog) -> ListDescription {
        ListDescription(
            title: PaneID.measurements.title(text), itemName: text[.itemMeasurement],
            columns: typeColumns(text))
    }

    /// One kind's readings.
    static func readingsList(_ type: MeasurementType, _ text: Catalog) -> ListDescription {
        ListDescription(
            title: text[.readingsTitle, PaneID.measurements.title(text), type.label(text), type.code],
            itemName: text[.itemReading], columns: readingColumns(text))
    }
}

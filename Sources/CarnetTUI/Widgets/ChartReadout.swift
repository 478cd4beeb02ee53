import CarnetCore

/// The bucket under a chart's cursor in words, for the status line: when, the value taken
/// last with HIGH or LOW, and for several readings how many and from what to what; on a
/// child's growth chart, where the value taken last stands among the WHO percentiles.
///
///     14 March 2026 at 03:30: 45 mg/dL LOW
///     3 March to 14 March 2026: last 118 mg/dL; 1,075 readings, from 45 mg/dL LOW to 262 mg/dL HIGH
enum ChartReadout {
    /// The bucket under the opened kind's chart cursor in words, once its buckets are read.
    static func underCursor(_ state: AppState) -> String? {
        guard let type = state.openedMeasurement, let chart = state.charts[type], let buckets = chart.buckets,
            let index = chart.cursorIndex
        else { return nil }
        let said = words(buckets.buckets[index], of: type, state.text, state.format)
        guard let said, let curves = chart.curves, let last = buckets.buckets[index].first else {
            return said
        }
        let reading = Measurement(id: 0, type: last.type, value: last.last, at: last.lastAt)
        guard let growth = GrowthAssessment(reading, birthDate: curves.birthDate, sex: curves.sex) else {
            return said
        }
        return said + state.text[.summarySeparator] + growth.words(state.text)
    }

    static func words(
        _ bucket: [MeasurementBucket], of type: MeasurementType, _ text: Catalog, _ format: TextFormat
    ) -> String? {
        guard let primary = bucket.first, let first = bucket.map(\.firstAt).min(),
            let last = bucket.map(\.lastAt).max()
        else { return nil }
        let latest = MeasurementsPane.judged(
            bucket.map { Measurement(id: 0, type: $0.type, value: $0.last, at: $0.lastAt) }, type, text,
            format
        ).text
        // A blood pressure counts once for its two values.
        guard primary.count > 1 else {
            return text[.chartOneReading, text[.dayAtTime, format.longDay(last), format.time(last)], latest]
        }
        let when: String
        if format.day(first) == format.day(last) {
            when = text[.chartSameDay, format.longDay(first), format.time(first), format.time(last)]
        } else {
            let start = format.sameYear(first, last) ? format.dayAndMonth(first) : format.longDay(first)
            when = text[.chartDays, start, format.longDay(last)]
        }
        var ranges: String
        if type == .bloodPressure {
            // Both components in one unit: "systolic from 118 to 150 HIGH, diastolic from 70 to 88 mmHg".
            ranges = bucket.map { component in
                component.type.label(text).lowercased() + " "
                    + text[
                        .chartFromTo, judged(component.low, component.type, text, format),
                        judged(component.high, component.type, text, format)]
            }.joined(separator: ", ")
            ranges += " " + type.displayUnit(text)
        } else {
            ranges =
                text[
                    .chartFromTo, judged(primary.low, primary.type, text, format, unit: true),
                    judged(primary.high, primary.type, text, format, unit: true)]
        }
        return text[.chartSeveral, when, latest, format.count(primary.count), ranges]
    }

    /// "45 mg/dL LOW" (or "45 LOW" without the unit): a value judged against its band.
    private static func judged(
        _ value: Double, _ component: MeasurementType, _ text: Catalog, _ format: TextFormat,
        unit: Bool = false
    ) -> String {
        let number = format.number(value)
        let shown = unit ? component.withUnit(number, text) : number
        return component.judge(value).words(text).map { shown + " " + $0 } ?? shown
    }
}

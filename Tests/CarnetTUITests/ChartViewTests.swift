import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The chart widget and its readout: a known small series drawn into a `Screen`, and the
/// bucket under the cursor in words.
@Suite struct ChartViewTests {
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
    /// 1 March 2026, 00:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_772_323_200)

    static func at(day: Double, hour: Double = 12) -> Date {
        start.addingTimeInterval(day * 86_400 + hour * 3_600)
    }

    static func bucket(
        _ low: Double, _ high: Double? = nil, last: Double? = nil, count: Int = 1, day: Double,
        type: MeasurementType = .interstitialGlucose
    ) -> MeasurementBucket {
        MeasurementBucket(
            type: type, low: low, high: high ?? low, last: last ?? low, count: count,
            firstAt: at(day: day, hour: count > 1 ? 6 : 12), lastAt: at(day: day, hour: count > 1 ? 22 : 12))
    }

    /// Daily buckets of glucose: one reading, a wide bucket, a gap, a dip, a reading on the
    /// band's upper bound, then nothing until the latest reading.
    static func series() -> ChartState {
        var buckets: [[MeasurementBucket]] = Array(repeating: [], count: 22)
        buckets[0] = [bucket(100, day: 0)]
        buckets[1] = [bucket(60, 200, last: 150, count: 5, day: 1)]
        buckets[3] = [bucket(45, day: 3)]
        buckets[4] = [bucket(180, day: 4)]
        buckets[21] = [bucket(120, day: 21)]
        var chart = ChartState()
        let request = ChartRequest(type: .interstitialGlucose, range: .all, columns: 22)
        chart.take(
            MeasurementBuckets(type: .interstitialGlucose, start: start, width: 86_400, buckets: buckets),
            for: request)
        return chart
    }

    @Test func aKnownSeriesDrawsItsBarsAxisBandAndDates() {
        var screen = Screen(rows: 7, cols: 64)
        let layout = ChartLayout(plotRows: 4, gutter: 6, columns: 22)
        let view = ChartView(layout: layout, type: .interstitialGlucose, chart: Self.series(), focused: true)
        let cursor = view.render(into: &screen, row: 0, text, format)
        #expect(
            screen.lines() == [
                "mg/dL  1 month  3 months  1 year  5 years  [all]     band 70–180",
                "  200┤┄⣿┄┄⠤┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
                "     │ ⣿",
                "     │⠤⣿                   ⠉",
                "   45┤┄⠿┄⣀┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄",
                "      2026-03-01  2026-03-22",
                "",
            ])
        // The cursor on the latest reading's column, on the row of its value.
        #expect(cursor == (3, 27))
        #expect(screen[3, 27].style == Style(.focus, [.reverse]))
        #expect(screen[1, 7].style == Style(.high), "the part of the bar above the band")
        #expect(screen[4, 7].style == Style(.low), "and below it")
        #expect(screen[4, 9].style == Style(.low), "the dip")
        #expect(screen[1, 6].style == .muted, "the band's guide")
    }

    @Test func withoutTheKeysNoColumnIsMarked() {
        var screen = Screen(rows: 7, cols: 64)
        let layout = ChartLayout(plotRows: 4, gutter: 6, columns: 22)
        _ = ChartView(layout: layout, type: .interstitialGlucose, chart: Self.series(), focused: false)
            .render(into: &screen, row: 0, text, format)
        #expect(screen[3, 27].style == .normal)
    }

    @Test func beforeItsBucketsArriveTheChartSaysItIsReading() {
        var screen = Screen(rows: 7, cols: 40)
        let layout = ChartLayout(plotRows: 4, gutter: 6, columns: 34)
        _ = ChartView(layout: layout, type: .weight, chart: ChartState(), focused: true)
            .render(into: &screen, row: 0, text, format)
        #expect(screen.lines()[0] == "kg    [all]")
        #expect(screen.lines()[1] == "      Reading…")
    }

    @Test func theReadoutSaysWhenTheValueAndHighOrLowInWords() {
        #expect(
            ChartReadout.words([Self.bucket(45, day: 3)], of: .interstitialGlucose, text, format)
                == "4 March 2026 at 12:00: 45 mg/dL LOW")
        #expect(
            ChartReadout.words([Self.bucket(100, day: 0)], of: .interstitialGlucose, text, format)
                == "1 March 2026 at 12:00: 100 mg/dL")
        #expect(
            ChartReadout.words(
                [Self.bucket(60, 200, last: 150, count: 5, day: 1)], of: .interstitialGlucose, text, format)
                == "2 March 2026, 06:00–22:00: last 150 mg/dL; 5 readings, from 60 mg/dL LOW to 200 mg/dL HIGH"
        )
        var days = Self.bucket(93, 262, last: 118, count: 1_075, day: 2)
        days.lastAt = Self.at(day: 13)
        #expect(
            ChartReadout.words([days], of: .interstitialGlucose, text, format)
                == "3 March to 14 March 2026: last 118 mg/dL; 1,075 readings, from 93 mg/dL to 262 mg/dL HIGH"
        )
        days.firstAt = Self.at(day: -70)
        #expect(
            ChartReadout.words([days], of: .interstitialGlucose, Catalog(.fr), utc(.fr))
                == "du 21 décembre 2025 au 14 mars 2026 : dernière 118 mg/dL ; 1\u{00A0}075 mesures, de 93 mg/dL à 262 mg/dL HAUT"
        )
    }

    @Test func aBloodPressureReadsBothValues() {
        let pressure = [
            Self.bucket(120, 150, last: 128, count: 4, day: 0, type: .systolic),
            Self.bucket(70, 95, last: 82, count: 4, day: 0, type: .diastolic),
        ]
        #expect(
            ChartReadout.words(pressure, of: .bloodPressure, text, format)
                == "1 March 2026, 06:00–22:00: last 128/82 mmHg; 4 readings, systolic from 120 to 150 HIGH, diastolic from 70 to 95 HIGH mmHg"
        )
        #expect(
            ChartReadout.words(
                [Self.bucket(150, day: 0, type: .systolic), Self.bucket(85, day: 0, type: .diastolic)],
                of: .bloodPressure, text, format) == "1 March 2026 at 12:00: 150/85 mmHg HIGH")
    }

    /// A girl's height over her first two years, one column a month: four readings, the
    /// latest in the last column as the record gives them, and the WHO curves behind them.
    static func childsHeight() throws -> ChartState {
        let birth = Date(timeIntervalSince1970: 1_740_787_200)  // 1 March 2025, 00:00 UTC
        var buckets: [[MeasurementBucket]] = Array(repeating: [], count: 24)
        for (month, height) in [(0, 49.5), (6, 66.0), (12, 74.5), (23, 86.0)] {
            let at = birth.addingTimeInterval(Double(month) * 30 * 86_400 + 12 * 3_600)
            buckets[month] = [
                MeasurementBucket(
                    type: .height, low: height, high: height, last: height, count: 1, firstAt: at, lastAt: at)
            ]
        }
        let heights = MeasurementBuckets(type: .height, start: birth, width: 30 * 86_400, buckets: buckets)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let curves = try #require(
            GrowthCurves(heights, birthDate: "2025-03-01", sex: .female, calendar: calendar))
        var chart = ChartState()
        chart.take(heights, curves: curves, for: ChartRequest(type: .height, range: .all, columns: 24))
        return chart
    }

    @Test func aChildsChartDrawsTheWHOCurvesBehindHerReadingsAndCountsHerAge() throws {
        var screen = Screen(rows: 10, cols: 90)
        let layout = ChartLayout(plotRows: 8, gutter: 7, columns: 24)
        let chart = try Self.childsHeight()
        _ = ChartView(layout: layout, type: .height, chart: chart, focused: false).render(
            into: &screen, row: 0, text, format)
        // The curves rise from birth to two years, dotted one dot wide; the readings are two
        // dots wide over them (months 0, 6, 12 and 23); the axis spans the curves in whole
        // centimetres, and the line under the plot counts her age.
        #expect(
            screen.lines() == [
                "cm     1 month  3 months  1 year  5 years  [all]          curves: WHO 3rd–97th percentiles",
                "    92┤                   ⡀⠄⡄⡂⠅",
                "      │              ⡀⠄⡄⠆⠅⡂⠅⠄⡂⠉",
                "      │          ⡀⡄⡂⠅⡂⠅⡂⡂⠅⡂⠆⠅⠂⠂",
                "      │      ⡀⡄⠆⡃⠅⡂⠉⡅⠆⠅⠂⠁⠁",
                "      │   ⡀⡄⡅⠤⡂⡅⠆⠃⠂⠁",
                "      │ ⡀⠆⡅⡅⠆⠃⠁",
                "      │⡄⡅⠇⠂",
                "    48┤⠤⠁",
                "       0 days         22 months",
            ])
        #expect(screen[8, 7].style == .normal, "her reading at birth")
        #expect(screen[5, 13].style == .normal, "her reading at 6 months")
        #expect(screen[8, 8].style == .muted, "the curves beside it")
        #expect(screen[1, 30].style == .muted)
    }

    @Test func aChildsReadoutSaysTheBandOfTheReadingUnderTheCursor() throws {
        var state = AppState(rows: 24, cols: 80, patientName: "Léa Martin")
        state.openedMeasurement = .height
        state.charts[.height] = try Self.childsHeight()
        let readout = try #require(ChartReadout.underCursor(state))
        #expect(readout.hasSuffix(": 86 cm; between the 50th and 85th percentiles (WHO)"), "\(readout)")
    }

    func utc(_ language: Language) -> TextFormat {
        TextFormat(language, timeZone: TimeZone(identifier: "UTC")!)
    }
}

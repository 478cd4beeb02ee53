import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Measurements pane's rows: the latest value with HIGH or LOW in words, the change since
/// the previous reading, readings against their band, a blood pressure on one row.
@Suite struct MeasurementsPaneTests {
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
    let at = Date(timeIntervalSince1970: 1_772_539_200)  // 3 March 2026, 12:00 UTC

    func reading(_ type: MeasurementType, _ value: Double, id: Int64 = 1) -> CarnetCore.Measurement {
        CarnetCore.Measurement(id: id, type: type, value: value, at: at)
    }

    @Test func aKindShowsItsLatestValueJudgedItsDateAndTheChange() {
        let series = MeasurementSeriesSummary(
            type: .bloodGlucose, count: 730, latest: [reading(.bloodGlucose, 192)])
        let summary = MeasurementSummary(
            latest: [reading(.bloodGlucose, 192)], previous: reading(.bloodGlucose, 180, id: 0), days: 30,
            change: 12,
            ranges: [110...192], above: 1, below: 0, count: 30)
        let row = MeasurementsPane.row(series, summary, text, format)
        #expect(
            row.cells == [
                "Blood glucose", "192 mg/dL HIGH", "2026-03-03", "+12 mg/dL since the previous", "730",
            ])
        #expect(row.emphasis == .high)
        #expect(
            row.spoken
                == "Blood glucose 192 mg/dL on 3 March 2026; +12 mg/dL over 30 days; range 110–192 mg/dL; 1 reading above the band; 730 readings"
        )
        #expect(row.opens == .readings(.bloodGlucose))
    }

    @Test func aReadingSaysHighOrLowAndItsBand() {
        let low = MeasurementsPane.row(reading(.interstitialGlucose, 45), text, format)
        #expect(low.cells == ["2026-03-03 12:00", "45", "mg/dL", "LOW band 70–180"])
        #expect(low.emphasis == .low)
        #expect(low.spoken.hasSuffix(", LOW"))
        let inBand = MeasurementsPane.row(reading(.weight, 72.5), text, format)
        #expect(inBand.cells == ["2026-03-03 12:00", "72.5", "kg", ""])
        #expect(inBand.emphasis == nil)
    }

    @Test func aChildsReadingShowsItsWHOPercentileBand() throws {
        // A girl of 7 (born 3 March 2019): 123 cm is between the 50th and 85th percentiles.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let height = reading(.height, 123)
        let growth = GrowthAssessment(height, birthDate: "2019-03-03", sex: .female, calendar: utc)
        let row = MeasurementsPane.row(height, text, format, growth: growth)
        #expect(row.cells == ["2026-03-03 12:00", "123", "cm", "50th–85th percentile (WHO)"])
        #expect(row.spoken.hasSuffix(", between the 50th and 85th percentiles (WHO)"))
        let french = MeasurementsPane.row(height, Catalog(.fr), TextFormat(.fr), growth: growth)
        #expect(french.cells[3] == "50e–85e percentile (OMS)")
        // Without the sex no band is shown: the summary above the readings says why.
        let unknown = GrowthAssessment(height, birthDate: "2019-03-03", sex: nil, calendar: utc)
        #expect(MeasurementsPane.row(height, text, format, growth: unknown).cells[3] == "")
        let low = GrowthAssessment(reading(.weight, 2), birthDate: "2026-03-03", sex: .male, calendar: utc)
        #expect(
            MeasurementsPane.row(reading(.weight, 2), text, format, growth: low).cells[3]
                == "< 3rd percentile (WHO)")
    }

    @Test func aBloodPressureIsOneRowAndHighWhenEitherValueIs() {
        let row = MeasurementsPane.row(
            BloodPressureReading(
                systolic: reading(.systolic, 128), diastolic: reading(.diastolic, 95, id: 2)),
            text, format)
        #expect(row.cells == ["2026-03-03 12:00", "128/95", "mmHg", "HIGH band 90–140 / 60–90"])
        #expect(row.spoken.hasPrefix("Blood pressure 128/95 mmHg"))
        #expect(row.spoken.hasSuffix(", HIGH"))
        #expect(row.key == PageKey(date: at, id: 1))
    }

    @Test func theSummarySitsAboveTheChartAndTheReadings() {
        var harness = Harness(
            rows: 20, cols: 60, sizes: [.documents: 1, .measurementTypes: 2, .readings(.weight): 105])
        harness.press(.char("3"), .enter)
        let lines = harness.lines
        #expect(lines[2] == "Weight 82.1 kg on 3 March 2026; −1.4 kg over 30 days; range")
        #expect(lines[3] == "81–84 kg")
        // The chart (its ranges, 6 rows of plot and its dates) sits between them and the table.
        #expect(lines[4].hasPrefix("kg     "))
        #expect(lines[12].hasPrefix("Date"))
        #expect(harness.state.listHeight == 20 - 4 - 2 - 8)
        harness.press(.down)
        #expect(AppView.render(harness.state).cursor == (13, 0))
    }
}

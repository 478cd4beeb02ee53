import Foundation
import Testing

@testable import CarnetCore

/// The curves drawn behind a child's chart: the WHO's values at each column's age, nothing
/// where the references stop.
@Suite struct GrowthCurvesTests {
    static let utc = UTCDays.calendar

    /// Empty buckets of one day each from a start: the curves need only their times.
    func buckets(_ type: MeasurementType, from start: String, days: Int) -> MeasurementBuckets {
        MeasurementBuckets(
            type: type, start: RecordDays.day(start, Self.utc)!, width: 86_400,
            buckets: Array(repeating: [], count: days))
    }

    @Test func eachColumnHoldsTheFivePercentilesAtTheChildsAge() throws {
        let curves = try #require(
            GrowthCurves(
                buckets(.headCircumference, from: "2026-01-01", days: 3), birthDate: "2026-01-01", sex: .male,
                calendar: Self.utc))
        let birth = try #require(curves.columns[0])
        #expect(birth.ageDays == 0)
        // The median at birth is the table's M for boys: 34.4618 cm.
        #expect(birth.values[2] == 34.4618)
        #expect(birth.values == birth.values.sorted())
        #expect(curves.columns[2]?.ageDays == 2)
        #expect(curves.valueRange.lowerBound == birth.values[0])
    }

    @Test func theCurvesStopWhereTheReferencesDo() throws {
        // Head circumference is covered to day 1826: a chart across the fifth birthday.
        let curves = try #require(
            GrowthCurves(
                buckets(.headCircumference, from: "2030-12-30", days: 4), birthDate: "2026-01-01",
                sex: .female,
                calendar: Self.utc))
        #expect(curves.columns.map { $0?.ageDays } == [1824, 1825, 1826, nil])
        // Before birth nothing either.
        let early = try #require(
            GrowthCurves(
                buckets(.weight, from: "2025-12-31", days: 2), birthDate: "2026-01-01", sex: .female,
                calendar: Self.utc))
        #expect(early.columns[0] == nil && early.columns[1] != nil)
    }

    @Test func anAdultsChartHasNoCurves() {
        #expect(
            GrowthCurves(
                buckets(.height, from: "2026-01-01", days: 30), birthDate: "1990-01-31", sex: .female,
                calendar: Self.utc) == nil)
        #expect(
            GrowthCurves(
                buckets(.heartRate, from: "2026-01-01", days: 30), birthDate: "2025-01-31", sex: .female,
                calendar: Self.utc) == nil)
    }
}

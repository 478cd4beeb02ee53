import Foundation
import Testing

@testable import CarnetCore

/// The WHO growth references against z-scores the WHO itself published: the expectations of
/// its R package anthro's tests (2006 standards) and the z-scores its software computed for
/// the survey shipped with its R package anthroplus (`data-raw/survey_who2007_z.csv`, 2007
/// reference), from the same two packages the tables come from.
@Suite struct GrowthReferenceTests {
    /// Whole days between two calendar days, as the WHO counts date of birth to date of visit.
    static func days(_ birth: String, _ visit: String) -> Int {
        GrowthAssessment.ageDays(birthDate: birth, at: UTCDays.noon(visit), calendar: UTCDays.calendar)!
    }

    @Test(arguments: [
        // anthro's tests: weight 17 kg, girl, 1522 days → 0.24.
        (GrowthIndicator.weightForAge, Sex.female, 1522, 17.0, 0.24),
        // anthro's tests: length 50 cm, boy, 44 days → ((50 / 56.4833) − 1) / 0.03492 = −3.29.
        (.heightForAge, .male, 44, 50, -3.29),
        // anthro's tests: height 77.5 cm, girl, 24 months (731 days) → −2.55.
        (.heightForAge, .female, 731, 77.5, -2.55),
        // anthro's tests: 72.86 cm lying at 987 days, counted as 72.16 standing → −6.09.
        (.heightForAge, .male, 987, 72.16, -6.09),
    ])
    func standards2006MatchTheWHOsPackage(
        _ indicator: GrowthIndicator, _ sex: Sex, _ ageDays: Int, _ value: Double, _ published: Double
    ) throws {
        let z = try #require(GrowthReference.zScore(value, indicator, sex, ageDays: ageDays))
        #expect(abs(z - published) < 0.005, "z \(z), published \(published)")
    }

    @Test(arguments: [
        // survey id 1: boy born 1987-01-03, seen 2000-11-21, 153.7 cm → −1.13.
        (GrowthIndicator.heightForAge, Sex.male, "1987-01-03", "2000-11-21", 153.7, -1.13),
        // survey id 4: girl born 1987-01-02, seen 1998-02-28, 144.3 cm → −0.25.
        (.heightForAge, .female, "1987-01-02", "1998-02-28", 144.3, -0.25),
        // survey id 350: girl born 1987-02-01, seen 2005-07-12 (18 years), 144.3 cm → −2.86.
        (.heightForAge, .female, "1987-02-01", "2005-07-12", 144.3, -2.86),
        // survey id 6: boy born 1987-02-09, seen 1993-10-30, 18.8 kg → −1.26.
        (.weightForAge, .male, "1987-02-09", "1993-10-30", 18.8, -1.26),
        // survey id 161: boy, 34.4 kg at 5½ years → 4.23: the restricted application past +3.
        (.weightForAge, .male, "1987-02-04", "1992-08-13", 34.4, 4.23),
        // survey id 465: boy, 66.2 kg at 8 years → 5.89.
        (.weightForAge, .male, "1987-04-02", "1995-09-10", 66.2, 5.89),
    ])
    func reference2007MatchesTheWHOsSurvey(
        _ indicator: GrowthIndicator, _ sex: Sex, _ birth: String, _ visit: String, _ value: Double,
        _ published: Double
    ) throws {
        let z = try #require(GrowthReference.zScore(value, indicator, sex, ageDays: Self.days(birth, visit)))
        // The survey's ages were rounded to 0.01 month before its z-scores were computed,
        // ours count whole days: one more hundredth of margin than rounding alone.
        #expect(abs(z - published) < 0.01, "z \(z), published \(published)")
    }

    @Test func theMedianIsTheTablesMAndTheCurvesAreInOrder() throws {
        // Head circumference at birth: M 34.4618 cm (boys), 33.8787 cm (girls) in hcanthro.txt.
        #expect(GrowthReference.value(at: .p50, .headCircumferenceForAge, .male, ageDays: 0) == 34.4618)
        #expect(GrowthReference.value(at: .p50, .headCircumferenceForAge, .female, ageDays: 0) == 33.8787)
        // Height at 60 months, the first row of the 2007 reference: M 109.7265 cm (boys).
        #expect(
            GrowthReference.value(at: .p50, .heightForAge, .male, ageDays: 1827).map {
                abs($0 - 109.7265) < 0.05
            } == true)
        for indicator in GrowthIndicator.allCases {
            for day in stride(from: 0, through: indicator.lastDay, by: 97) {
                let values = GrowthPercentile.allCases.compactMap {
                    GrowthReference.value(at: $0, indicator, .female, ageDays: day)
                }
                #expect(values.count == 5 && values == values.sorted(), "\(indicator) day \(day)")
            }
        }
    }

    @Test func theReferencesStopWhereTheWHOsDo() {
        // Head circumference to 5 years (day 1826), weight to 10 years (120 months), height to 19.
        #expect(GrowthReference.zScore(40, .headCircumferenceForAge, .male, ageDays: 1826) != nil)
        #expect(GrowthReference.zScore(50, .headCircumferenceForAge, .male, ageDays: 1827) == nil)
        #expect(GrowthReference.zScore(30, .weightForAge, .female, ageDays: 3652) != nil)
        #expect(GrowthReference.zScore(30, .weightForAge, .female, ageDays: 3653) == nil)
        #expect(GrowthReference.zScore(160, .heightForAge, .female, ageDays: 6939) != nil)
        #expect(GrowthReference.zScore(160, .heightForAge, .female, ageDays: 6940) == nil)
        #expect(GrowthReference.zScore(3, .weightForAge, .female, ageDays: -1) == nil)
        #expect(GrowthReference.zScore(0, .weightForAge, .female, ageDays: 10) == nil)
    }

    @Test func thePercentilesAreTheNormalQuantiles() {
        for percentile in GrowthPercentile.allCases {
            let cumulative = 0.5 * (1 + erf(percentile.z / 2.0.squareRoot()))
            #expect(abs(cumulative * 100 - Double(percentile.rawValue)) < 1e-9)
        }
    }

    @Test func aReadingOnACurveBelongsToTheBandAbove() throws {
        for percentile in GrowthPercentile.allCases {
            let band = PercentileBand(z: percentile.z)
            #expect(band.lower == percentile)
            #expect(PercentileBand(z: percentile.z - 1e-9).upper == percentile)
        }
        #expect(PercentileBand(z: -4) == .belowP3)
        #expect(PercentileBand(z: 0) == .p50ToP85)
        #expect(PercentileBand(z: 2.5) == .aboveP97)
        // The 3rd-percentile head circumference of a newborn boy, and just under it.
        let p3 = try #require(GrowthReference.value(at: .p3, .headCircumferenceForAge, .male, ageDays: 0))
        let onCurve = try #require(
            GrowthReference.zScore(p3 + 1e-9, .headCircumferenceForAge, .male, ageDays: 0))
        #expect(PercentileBand(z: onCurve) == .p3ToP15)
        let under = try #require(
            GrowthReference.zScore(p3 - 0.01, .headCircumferenceForAge, .male, ageDays: 0))
        #expect(PercentileBand(z: under) == .belowP3)
    }
}

import Foundation
import Testing

@testable import CarnetCore

/// A child's reading in words: the band in both languages, nothing for an adult, and a
/// clear word when the record does not give the child's sex.
@Suite struct GrowthAssessmentTests {
    static let utc = UTCDays.calendar
    /// 3 March 2026, 12:00 UTC.
    static let day = Date(timeIntervalSince1970: 1_772_539_200)

    func reading(_ type: MeasurementType, _ value: Double) -> CarnetCore.Measurement {
        CarnetCore.Measurement(id: 1, type: type, value: value, at: Self.day)
    }

    @Test func aChildsHeightIsPlacedBetweenTwoPercentiles() throws {
        // A girl of 7 (born 3 March 2019, 84 months): WHO 2007 median 120.8 cm, 85th percentile 126.5.
        let assessment = try #require(
            GrowthAssessment(reading(.height, 123), birthDate: "2019-03-03", sex: .female, calendar: Self.utc)
        )
        guard case .standing(let standing) = assessment else {
            Issue.record("no standing: \(assessment)")
            return
        }
        #expect(standing.source == .who2007)
        #expect(standing.band == .p50ToP85)
        let english = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
        let french = TextFormat(.fr, timeZone: TimeZone(identifier: "UTC")!)
        #expect(
            standing.sentence(Catalog(.en), english)
                == "Height 123 cm on 3 March 2026: between the 50th and 85th percentiles (WHO).")
        #expect(
            standing.sentence(Catalog(.fr), french)
                == "Taille 123 cm le 3 mars 2026 : entre le 50e et le 85e percentile (OMS).")
    }

    @Test func theOuterBandsNameOneCurve() throws {
        let light = try #require(
            GrowthAssessment(reading(.weight, 2.0), birthDate: "2026-03-03", sex: .male, calendar: Self.utc))
        #expect(light.words(Catalog(.en)) == "below the 3rd percentile (WHO)")
        #expect(light.words(Catalog(.fr)) == "sous le 3e percentile (OMS)")
        let large = try #require(
            GrowthAssessment(
                reading(.headCircumference, 40), birthDate: "2026-03-03", sex: .female, calendar: Self.utc))
        #expect(large.words(Catalog(.en)) == "above the 97th percentile (WHO)")
        #expect(large.words(Catalog(.fr)) == "au-dessus du 97e percentile (OMS)")
    }

    @Test func anAdultGetsNoPercentile() {
        #expect(
            GrowthAssessment(reading(.height, 168), birthDate: "1990-01-31", sex: .female, calendar: Self.utc)
                == nil)
        // Past the references: weight after 10 years, head circumference after 5.
        #expect(
            GrowthAssessment(reading(.weight, 40), birthDate: "2014-03-02", sex: .male, calendar: Self.utc)
                == nil)
        #expect(
            GrowthAssessment(
                reading(.headCircumference, 50), birthDate: "2021-03-02", sex: .male, calendar: Self.utc)
                == nil)
        // A type without a growth reference.
        #expect(
            GrowthAssessment(
                reading(.heartRate, 100), birthDate: "2024-01-01", sex: .male, calendar: Self.utc)
                == nil)
    }

    @Test func aChildWithoutSexGetsAClearWordInsteadOfAPercentile() throws {
        let assessment = try #require(
            GrowthAssessment(reading(.weight, 20), birthDate: "2021-06-01", sex: nil, calendar: Self.utc))
        #expect(assessment == .sexUnknown)
        #expect(
            assessment.words(Catalog(.en))
                == "no WHO percentile: the record does not say whether the child is a girl or a boy")
        #expect(
            assessment.words(Catalog(.fr))
                == "pas de percentile OMS : le dossier ne dit pas si l’enfant est une fille ou un garçon")
    }

    @Test func theAgeCountsCalendarDays() {
        let noon = Date(timeIntervalSince1970: 1_772_539_200)
        #expect(GrowthAssessment.ageDays(birthDate: "2026-03-03", at: noon, calendar: Self.utc) == 0)
        #expect(GrowthAssessment.ageDays(birthDate: "2025-03-03", at: noon, calendar: Self.utc) == 365)
        #expect(GrowthAssessment.ageDays(birthDate: "not a day", at: noon, calendar: Self.utc) == nil)
    }

    @Test func theSummaryOfAChildsReadingsSaysWhereTheLatestStands() throws {
        let folder = TemporaryFolder()
        let store = try SQLiteStore.create(at: folder.file("record.sqlite"))
        let (adult, girl, child) = try store.write { writer in
            (
                try writer.addPatient(NewPatient(name: "Claire Martin", birthDate: "1990-01-31")),
                try writer.addPatient(
                    NewPatient(name: "Léa Martin", birthDate: "2019-03-03", relation: .child, sex: .female)),
                try writer.addPatient(
                    NewPatient(name: "Sam Martin", birthDate: "2019-03-03", relation: .child))
            )
        }
        try store.write { writer in
            for patient in [adult, girl, child] {
                try writer.addMeasurement(
                    NewMeasurement(type: .height, value: 123, at: Self.day, source: .patient),
                    patient: patient)
            }
        }
        let utc = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
        let adults = try #require(try store.measurementSummary(of: adult, type: .height))
        #expect(adults.growth == nil)
        #expect(
            adults.sentence(Catalog(.en), utc) == "Height 123 cm on 3 March 2026; the only reading in 30 days"
        )
        let girls = try #require(try store.measurementSummary(of: girl, type: .height))
        #expect(
            girls.sentence(Catalog(.en), utc)
                == "Height 123 cm on 3 March 2026; between the 50th and 85th percentiles (WHO); the only reading in 30 days"
        )
        let french = TextFormat(.fr, timeZone: TimeZone(identifier: "UTC")!)
        #expect(
            girls.sentence(Catalog(.fr), french)
                == "Taille 123 cm le 3 mars 2026 ; entre le 50e et le 85e percentile (OMS) ; seule mesure sur 30 jours"
        )
        // The same child when the record does not say the sex.
        let childs = try #require(try store.measurementSummary(of: child, type: .height))
        #expect(
            childs.sentence(Catalog(.en), utc)
                == "Height 123 cm on 3 March 2026; no WHO percentile: the record does not say whether the child is a girl or a boy; the only reading in 30 days"
        )
    }
}

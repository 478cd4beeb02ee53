import Foundation
import Testing

@testable import CarnetCore

/// Typed readings: conversions, refusals naming the range, and the summary sentence on a
/// known series.
@Suite struct MeasurementEntryTests {
    let folder = TemporaryFolder()
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    func checked(_ type: MeasurementType, _ typed: String, _ unit: String? = nil) throws -> [Double] {
        try MeasurementEntry(type: type, typed: typed, unit: unit, at: Self.now).checked(now: Self.now).map(
            \.value)
    }

    @Test(arguments: [
        (MeasurementType.weight, "154", String?("lb"), 69.9),
        (.weight, "72,5", String?.none, 72.5),
        (.weight, "72500", "g", 72.5),
        (.height, "1.68", "m", 168),
        (.height, "66", "in", 167.6),
        (.temperature, "100.4", "°F", 38),
        (.temperature, "37.2", "Cel", 37.2),
        (.bloodGlucose, "6.2", "mmol/L", 112),
        (.interstitialGlucose, "2.5", "mmol/l", 45),
    ])
    func unitsAreConvertedWhereItIsSafe(
        _ type: MeasurementType, _ typed: String, _ unit: String?, _ stored: Double
    )
        throws
    {
        #expect(try checked(type, typed, unit) == [stored])
    }

    @Test func bloodPressureIsTwoNumbersSystolicFirst() throws {
        let readings = try MeasurementEntry(type: .bloodPressure, typed: "128/82", at: Self.now).checked(
            now: Self.now)
        #expect(readings.map(\.type) == [.systolic, .diastolic])
        #expect(readings.map(\.value) == [128, 82])
        #expect(throws: MeasurementError.bloodPressureNeedsTwo) { try checked(.bloodPressure, "128") }
        #expect(throws: MeasurementError.diastolicNotBelowSystolic) { try checked(.bloodPressure, "82/128") }
        #expect(throws: MeasurementError.notANumber("70/80")) { try checked(.weight, "70/80") }
    }

    @Test(arguments: [
        (
            MeasurementType.weight, "-5",
            "-5 kg is not a possible value for weight (29463-7): carnet accepts 0.2–500 kg."
        ),
        (.weight, "0.1", "0.1 kg is not a possible value for weight (29463-7): carnet accepts 0.2–500 kg."),
        (
            .bloodGlucose, "5",
            "5 mg/dL is not a possible value for blood glucose (2345-7): carnet accepts 10–1000 mg/dL."
        ),
        (
            .bloodPressure, "320/80",
            "320 mmHg is not a possible value for systolic (8480-6): carnet accepts 50–300 mmHg."
        ),
        (.pain, "11", "11/10 is not a possible value for pain (72514-3): carnet accepts 0–10/10."),
    ])
    func impossibleValuesAreRefusedNamingTheRange(_ type: MeasurementType, _ typed: String, _ message: String)
    {
        #expect {
            try checked(type, typed)
        } throws: { error in
            (error as? MeasurementError)?.message(Catalog(.en), TextFormat(.en)).hasPrefix(message) == true
        }
    }

    @Test func unknownUnitsFutureTimesAndWordsAreRefused() {
        #expect(throws: MeasurementError.unknownUnit(.weight, "stone")) {
            try checked(.weight, "11", "stone")
        }
        #expect(throws: MeasurementError.notANumber("abc")) { try checked(.weight, "abc") }
        #expect(throws: MeasurementError.notANumber("nan")) { try checked(.weight, "nan") }
        let later = Self.now.addingTimeInterval(3_600)
        #expect(throws: MeasurementError.inTheFuture(later)) {
            try MeasurementEntry(type: .weight, values: [70], at: later).checked(now: Self.now)
        }
    }

    @Test func aRefusedEntryWritesNothingAndAnAcceptedOneIsLogged() throws {
        let (store, id) = try makeStore(in: folder)
        let patient = try store.patient(matching: String(id))
        let measurements = PatientMeasurements(store: store, patient: patient, now: { Self.now })
        #expect(throws: MeasurementError.self) {
            try measurements.add(MeasurementEntry(type: .weight, values: [-5], at: Self.now))
        }
        #expect(try store.measurementCount(of: id, type: .weight) == 0)
        #expect(try store.accessEventCount(of: id) == 0)
        let stored = try measurements.add(
            MeasurementEntry(type: .bloodPressure, values: [128, 82], at: Self.now))
        #expect(stored.map(\.value) == [128, 82])
        #expect(try store.measurementCount(of: id, type: .bloodPressure) == 2)
        let event = try #require(try store.accessEvents(of: id, limit: 1).first)
        #expect(
            event.action == .add && event.actorType == .patient
                && event.target == "measurement \(stored[0].id)")
    }

    @Test func bandsSayHighAndLow() {
        #expect(MeasurementType.bloodGlucose.judge(181) == .high)
        #expect(MeasurementType.bloodGlucose.judge(180) == .inBand)
        #expect(MeasurementType.bloodGlucose.judge(69) == .low)
        #expect(MeasurementType.diastolic.judge(91) == .high)
        #expect(MeasurementType.steps.judge(20_000) == .noBand)
        #expect(ReferenceJudgement.high.words(Catalog(.fr)) == "HAUT")
    }

    @Test func theSummarySaysTheLatestTheChangeTheRangeAndTheBand() throws {
        let (store, patient) = try makeStore(in: folder)
        let day = 86_400.0
        let end = Date(timeIntervalSince1970: 1_772_539_200)  // 3 March 2026, 12:00 UTC
        try store.write { writer in
            for (daysBefore, weight) in [(40.0, 90.0), (30, 83.5), (20, 81.0), (10, 84.0), (0, 82.1)] {
                try writer.addMeasurement(
                    NewMeasurement(
                        type: .weight, value: weight, at: end.addingTimeInterval(-daysBefore * day),
                        source: .patient),
                    patient: patient)
            }
            for (daysBefore, bp) in [(25.0, (150.0, 85.0)), (15, (138, 95)), (5, (128, 82)), (0, (124, 79))] {
                let at = end.addingTimeInterval(-daysBefore * day)
                try writer.addMeasurement(
                    NewMeasurement(type: .systolic, value: bp.0, at: at, source: .patient), patient: patient)
                try writer.addMeasurement(
                    NewMeasurement(type: .diastolic, value: bp.1, at: at, source: .patient), patient: patient)
            }
        }
        let utc = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
        let weight = try #require(try store.measurementSummary(of: patient, type: .weight))
        #expect(weight.count == 4)
        #expect(weight.previous?.value == 84)
        #expect(
            weight.sentence(Catalog(.en), utc)
                == "Weight 82.1 kg on 3 March 2026; −1.4 kg over 30 days; range 81–84 kg")
        let pressure = try #require(try store.measurementSummary(of: patient, type: .bloodPressure))
        #expect(
            pressure.sentence(Catalog(.en), utc)
                == "Blood pressure 124/79 mmHg on 3 March 2026; systolic −26 mmHg over 30 days; range 124–150 / 79–95 mmHg; 2 readings above the band"
        )
        #expect(try store.measurementSummary(of: patient, type: .steps) == nil)
        let french = TextFormat(.fr, timeZone: TimeZone(identifier: "UTC")!)
        #expect(
            weight.sentence(Catalog(.fr), french)
                == "Poids 82,1 kg le 3 mars 2026 ; −1,4 kg sur 30 jours ; entre 81–84 kg")
    }
}

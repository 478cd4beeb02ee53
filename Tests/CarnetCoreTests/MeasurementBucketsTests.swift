import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// Downsampling for charts: readings cut by time into buckets that keep each bucket's
/// lowest, highest and last value, from the readings' index or from the daily roll-up.
@Suite struct MeasurementBucketsTests {
    let folder = TemporaryFolder()
    /// 1 March 2026, 00:00 UTC.
    static let origin: Int64 = 1_772_323_200

    func store(_ readings: [(type: MeasurementType, seconds: Int64, value: Double)]) throws -> (SQLiteStore, Int64)
    {
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            for reading in readings {
                _ = try writer.addMeasurement(
                    NewMeasurement(
                        type: reading.type, value: reading.value,
                        at: Date(unixSeconds: Self.origin + reading.seconds), source: .device),
                    patient: patient)
            }
        }
        return (store, patient)
    }

    func glucose(_ seconds: Int64, _ value: Double) -> (type: MeasurementType, seconds: Int64, value: Double)
    {
        (.interstitialGlucose, seconds, value)
    }

    @Test func bucketsKeepTheirExtremesAndTheirEdges() throws {
        let hour: Int64 = 3_600
        var readings = [
            glucose(-1, 10),  // before the ten hours asked for: in no bucket
            glucose(0, 100), glucose(1_800, 180), glucose(hour - 1, 120),  // first bucket, to its last second
            glucose(hour, 90),  // the next bucket's first second, its only reading
        ]
        // Five hours later, a dip among eleven readings.
        readings += (0..<12).map { glucose(5 * hour + $0 * 300, $0 == 6 ? 45 : 110) }
        readings += [glucose(9 * hour, 250), glucose(10 * hour - 1, 130)]
        let (store, patient) = try store(readings)

        let chart = try #require(
            try store.measurementBuckets(of: patient, type: .interstitialGlucose, span: 10 * hour, count: 10))
        #expect(chart.start == Date(unixSeconds: Self.origin))
        #expect(chart.width == hour)
        #expect(chart.end == Date(unixSeconds: Self.origin + 10 * hour))
        let buckets = chart.buckets
        #expect(buckets.count == 10)
        #expect(
            buckets[0]
                == [
                    MeasurementBucket(
                        type: .interstitialGlucose, low: 100, high: 180, last: 120, count: 3,
                        firstAt: Date(unixSeconds: Self.origin),
                        lastAt: Date(unixSeconds: Self.origin + hour - 1))
                ])
        #expect(buckets[1].map(\.count) == [1])
        #expect(buckets[1].map(\.low) == [90])
        #expect(buckets[1].map(\.high) == [90])
        #expect(buckets[1].map(\.last) == [90])
        for empty in [2, 3, 4, 6, 7, 8] { #expect(buckets[empty].isEmpty, "bucket \(empty)") }
        #expect(buckets[5].map(\.low) == [45])
        #expect(buckets[5].map(\.high) == [110])
        #expect(buckets[5].map(\.count) == [12])
        #expect(buckets[9].map(\.high) == [250])
        #expect(buckets[9].map(\.last) == [130], "the value taken last, not the highest")
        #expect(chart.valueRange == 45...250)
        #expect(chart.index(of: Date(unixSeconds: Self.origin + 5 * hour + 1_800)) == 5)
        #expect(chart.index(of: Date(unixSeconds: Self.origin - 1)) == nil)
    }

    @Test func bucketsOfADayOrMoreAreWholeUTCDaysFromTheRollUp() throws {
        let day: Int64 = 86_400
        let (store, patient) = try store([
            glucose(0, 150), glucose(day / 2, 60), glucose(day - 1, 140),
            glucose(3 * day + 7, 200),
            // Two readings the same second: the higher one is the "last".
            glucose(6 * day + 3_600, 95), glucose(6 * day + 3_600, 97),
        ])
        // Seven days asked for in three buckets: three days each, the last ending with the
        // latest reading's day.
        let chart = try #require(
            try store.measurementBuckets(of: patient, type: .interstitialGlucose, span: 7 * day, count: 3))
        #expect(chart.width == 3 * day)
        #expect(chart.end == Date(unixSeconds: Self.origin + 7 * day))
        #expect(chart.start == Date(unixSeconds: Self.origin - 2 * day))
        #expect(chart.buckets.map { $0.map(\.low) } == [[60], [200], [95]])
        #expect(chart.buckets.map { $0.map(\.high) } == [[150], [200], [97]])
        #expect(chart.buckets.map { $0.map(\.last) } == [[140], [200], [97]])
        #expect(chart.buckets.map { $0.map(\.count) } == [[3], [1], [2]])
        #expect(chart.buckets[0].first?.firstAt == Date(unixSeconds: Self.origin))
    }

    @Test func theRollUpAndTheReadingsAgreeOnAnIrregularSeries() throws {
        // Readings at irregular times over 40 days, with gaps of several days.
        var random = DemoRandom(seed: 13)
        var seconds: Int64 = 0
        var readings: [(type: MeasurementType, seconds: Int64, value: Double)] = []
        while seconds < 40 * 86_400 {
            readings.append(glucose(seconds, Double(Int.random(in: 40...400, using: &random))))
            seconds += Int64.random(
                in: 60...(Bool.random(using: &random) ? 4 * 3_600 : 5 * 86_400), using: &random)
        }
        let (store, patient) = try store(readings)
        for (span, count) in [
            (Int64(40 * 86_400), 40), (40 * 86_400, 7), (5 * 86_400, 30), (nil, 13), (nil, 200),
        ] {
            let chart = try #require(
                try store.measurementBuckets(
                    of: patient, type: .interstitialGlucose, span: span, count: count))
            #expect(chart.buckets.count == count)
            #expect(
                chart.buckets == Self.expected(readings, chart), "span \(String(describing: span)), \(count)")
            #expect(chart.buckets.last?.isEmpty == false, "the latest reading is in the last bucket")
            if span == nil { #expect(chart.buckets.joined().map(\.count).reduce(0, +) == readings.count) }
        }
    }

    /// The buckets worked out the slow way, reading by reading.
    static func expected(
        _ readings: [(type: MeasurementType, seconds: Int64, value: Double)], _ chart: MeasurementBuckets
    ) -> [[MeasurementBucket]] {
        (0..<chart.buckets.count).map { index in
            let from = chart.start(of: index).unixSeconds - origin
            let inside = readings.filter { $0.seconds >= from && $0.seconds < from + chart.width }
            guard let latest = inside.map(\.seconds).max() else { return [] }
            return [
                MeasurementBucket(
                    type: .interstitialGlucose, low: inside.map(\.value).min()!,
                    high: inside.map(\.value).max()!,
                    last: inside.filter { $0.seconds == latest }.map(\.value).max()!, count: inside.count,
                    firstAt: Date(unixSeconds: origin + inside.map(\.seconds).min()!),
                    lastAt: Date(unixSeconds: origin + latest))
            ]
        }
    }

    @Test func bloodPressureBucketsHoldBothValues() throws {
        let (store, patient) = try store([
            (.systolic, 0, 150), (.diastolic, 0, 95), (.systolic, 600, 120), (.diastolic, 600, 80),
            (.weight, 0, 70),
        ])
        let chart = try #require(
            try store.measurementBuckets(of: patient, type: .bloodPressure, span: nil, count: 1))
        #expect(chart.buckets[0].map(\.type) == [.systolic, .diastolic])
        #expect(chart.buckets[0].map(\.low) == [120, 80])
        #expect(chart.buckets[0].map(\.high) == [150, 95])
        #expect(chart.buckets[0].map(\.last) == [120, 80])
        #expect(try store.measurementBuckets(of: patient, type: .heartRate, span: nil, count: 5) == nil)
    }

    @Test func aSingleReadingFillsTheLastOfItsBuckets() throws {
        let (store, patient) = try store([glucose(42, 101)])
        for span in [nil, Int64(30 * 86_400)] {
            let chart = try #require(
                try store.measurementBuckets(of: patient, type: .interstitialGlucose, span: span, count: 4))
            #expect(chart.buckets.map(\.count) == [0, 0, 0, 1])
            #expect(chart.buckets[3].first?.last == 101)
        }
    }

    @Test func eachBucketIsOneIndexedRangeWithoutATemporaryTree() throws {
        let (store, _) = try store([glucose(0, 100)])
        for sql in [SQLiteStore.bucketFromReadings, SQLiteStore.bucketFromDays] {
            let plan = try store.reading { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1, "99504-3", 0, 10])
                    .map { $0["detail"] as String }
            }
            #expect(!plan.joined().contains("TEMP B-TREE"), "\(plan)")
            #expect(
                plan.allSatisfy {
                    $0.contains("COVERING INDEX measurement_series") || $0.contains("PRIMARY KEY")
                        || $0.contains("SCALAR SUBQUERY")
                }, "\(plan)")
        }
    }

    @Test func theRollUpFollowsDeletesAndChangesAndIsFilledByItsMigration() throws {
        let (store, patient) = try store([
            glucose(0, 100), glucose(60, 50), glucose(120, 150), glucose(86_400, 80),
        ])
        try store.execute("DELETE FROM measurement WHERE value = 50")
        try store.execute("UPDATE measurement SET value = 140 WHERE value = 150")
        try store.execute("DELETE FROM measurement WHERE value = 80")
        let days = try Self.days(store)
        #expect(days.count == 1)
        #expect(days.first?["low"] == 100.0)
        #expect(days.first?["high"] == 140.0)
        #expect(days.first?["last"] == 140.0)
        #expect(days.first?["readings"] == 2)
        // A record from before the roll-up: the migration fills it from the readings.
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v4-document-types-and-search")
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO patient(name, birthDate, createdAt) VALUES ('Anne', '1970-05-02', 0)")
            for (at, value) in [(0, 100.0), (60, 50), (60, 55), (86_400 * 3, 80)] {
                try db.execute(
                    sql:
                        "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (1, '99504-3', ?, 'mg/dL', ?, 'device')",
                    arguments: [value, Self.origin + Int64(at)])
            }
        }
        try queue.close()
        let migrated = try SQLiteStore.open(at: path)
        let filled = try Self.days(migrated)
        #expect(filled.map { $0["low"] as Double } == [50, 80])
        #expect(filled.map { $0["last"] as Double } == [55, 80])
        #expect(filled.map { $0["readings"] as Int } == [3, 1])
        _ = patient
    }

    @Test func theLargeDemosOneHypoglycaemiaShowsAtEveryRangeThatHoldsIt() throws {
        // 30,000 readings (312 days) hold it, as the 100,000 of the large demo do.
        try DemoRecord.write(
            to: folder.file("demo.sqlite"),
            scale: DemoScale(documents: 0, cgmReadings: 30_000, accessEvents: 0))
        let store = try SQLiteStore.open(at: folder.file("demo.sqlite"))
        let patient = try store.patient(matching: nil).id
        let readings = try store.measurements(of: patient, type: .interstitialGlucose)
        let lows = readings.filter { $0.value < 60 }
        #expect(lows.map(\.value) == [45])
        let dip = try #require(lows.first)
        let latest = try #require(readings.last)
        let monthsBefore = latest.at.timeIntervalSince(dip.at) / (30.44 * 86_400)
        #expect(monthsBefore > 6 && monthsBefore < 12)
        let day: Int64 = 86_400
        for span in [30 * day, 91 * day, 365 * day, 1_826 * day, nil] {
            for count in [40, 93, 300] {
                let chart = try #require(
                    try store.measurementBuckets(
                        of: patient, type: .interstitialGlucose, span: span, count: count))
                let holdsIt = chart.index(of: dip.at) != nil
                #expect(holdsIt == (span == nil || span! > 200 * day))
                #expect(
                    (chart.valueRange?.lowerBound == 45) == holdsIt,
                    "span \(String(describing: span)), \(count)")
            }
        }
    }

    static func days(_ store: SQLiteStore) throws -> [Row] {
        try store.reading { db in try Row.fetchAll(db, sql: "SELECT * FROM measurementDay ORDER BY day") }
    }
}

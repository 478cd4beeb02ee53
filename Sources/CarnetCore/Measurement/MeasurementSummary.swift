import Foundation
import GRDB

/// One type's readings in a sentence: the latest, the change over a window, the range and
/// how many readings left the reference band. What a chart stands beside and what
/// screen-reader mode reads.
public struct MeasurementSummary: Sendable, Equatable {
    /// The latest reading (two for blood pressure: systolic, diastolic).
    public var latest: [Measurement]
    /// The reading before the latest (its systolic for blood pressure), for the change.
    public var previous: Measurement?
    /// The window the change, range and counts cover, ending at the latest reading.
    public var days: Int
    /// Latest minus the first reading of the window (systolic for blood pressure); nil with
    /// a single reading in the window.
    public var change: Double?
    /// The lowest and highest value of the window, per component.
    public var ranges: [ClosedRange<Double>]
    /// Readings of the window above and below the band (either component for blood pressure).
    public var above: Int
    public var below: Int
    public var count: Int
    /// For a child's height, weight or head circumference: where the latest reading stands
    /// on the WHO references (nil for an adult or another type).
    public var growth: GrowthAssessment?

    public var type: MeasurementType { latest[0].type == .systolic ? .bloodPressure : latest[0].type }

    public init(
        latest: [Measurement], previous: Measurement?, days: Int, change: Double?,
        ranges: [ClosedRange<Double>],
        above: Int, below: Int, count: Int, growth: GrowthAssessment? = nil
    ) {
        self.latest = latest
        self.previous = previous
        self.days = days
        self.change = change
        self.ranges = ranges
        self.above = above
        self.below = below
        self.count = count
        self.growth = growth
    }
}

extension Store {
    /// The summary of one type over the `days` before its latest reading, or nil when the
    /// record holds none. A few indexed range scans, whatever the number of readings.
    public func measurementSummary(
        of patient: Int64, type: MeasurementType, days: Int = 30
    ) throws -> MeasurementSummary? {
        try read { db in
            var latest: [Measurement] = []
            var ranges: [ClosedRange<Double>] = []
            var above = 0
            var below = 0
            var count = 0
            var change: Double?
            var previous: Measurement?
            for (index, component) in type.storedCodes.compactMap(MeasurementType.init(rawValue:))
                .enumerated()
            {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, value, at FROM measurement WHERE patientId = ? AND code = ?
                        ORDER BY at DESC, id DESC LIMIT 2
                        """, arguments: [patient, component.code])
                guard let newest = rows.first else { return nil }
                let reading = Self.reading(newest, component)
                latest.append(reading)
                if index == 0, rows.count > 1 { previous = Self.reading(rows[1], component) }
                let start = reading.at.addingTimeInterval(-Double(days) * 86_400)
                let band = component.referenceBand
                guard
                    let window = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT min(value) AS low, max(value) AS high, count(*) AS n,
                                sum(value > ?) AS above, sum(value < ?) AS below
                            FROM measurement WHERE patientId = ? AND code = ? AND at BETWEEN ? AND ?
                            """,
                        arguments: [
                            band?.upperBound ?? Double.infinity, band?.lowerBound ?? -Double.infinity,
                            patient,
                            component.code, start.unixSeconds, reading.at.unixSeconds,
                        ])
                else { return nil }
                ranges.append((window["low"] as Double)...(window["high"] as Double))
                if index == 0 {
                    above = window["above"] ?? 0
                    below = window["below"] ?? 0
                    count = window["n"] ?? 0
                }
                if index == 0, count > 1,
                    let first = try Double.fetchOne(
                        db,
                        sql: """
                            SELECT value FROM measurement WHERE patientId = ? AND code = ? AND at >= ?
                            ORDER BY at, id LIMIT 1
                            """, arguments: [patient, component.code, start.unixSeconds])
                {
                    change = reading.value - first
                }
            }
            if type == .bloodPressure, let end = latest.first?.at,
                let systolicBand = MeasurementType.systolic.referenceBand,
                let diastolicBand = MeasurementType.diastolic.referenceBand
            {
                // A blood pressure is out of band when either of its two values is.
                let start = end.addingTimeInterval(-Double(days) * 86_400)
                if let pairs = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT sum(s.value > ? OR d.value > ?) AS above, sum(s.value < ? OR d.value < ?) AS below
                        FROM measurement s JOIN measurement d
                            ON d.patientId = s.patientId AND d.code = ? AND d.at = s.at
                        WHERE s.patientId = ? AND s.code = ? AND s.at BETWEEN ? AND ?
                        """,
                    arguments: [
                        systolicBand.upperBound, diastolicBand.upperBound, systolicBand.lowerBound,
                        diastolicBand.lowerBound, MeasurementType.diastolic.code, patient,
                        MeasurementType.systolic.code,
                        start.unixSeconds, end.unixSeconds,
                    ])
                {
                    above = pairs["above"] ?? 0
                    below = pairs["below"] ?? 0
                }
            }
            return MeasurementSummary(
                latest: latest, previous: previous, days: days, change: change, ranges: ranges, above: above,
                below: below, count: count, growth: try Self.growth(of: latest[0], patient: patient, db))
        }
    }

    /// The latest reading on the WHO growth references, when the patient is a child of an
    /// age they cover.
    private static func growth(of reading: Measurement, patient: Int64, _ db: Database) throws
        -> GrowthAssessment?
    {
        guard GrowthIndicator(reading.type) != nil,
            let row = try Row.fetchOne(
                db, sql: "SELECT birthDate, sex FROM patient WHERE id = ?", arguments: [patient])
        else { return nil }
        return GrowthAssessment(
            reading, birthDate: row["birthDate"], sex: (row["sex"] as String?).flatMap(Sex.init(rawValue:)))
    }

    private static func reading(_ row: Row, _ type: MeasurementType) -> Measurement {
        Measurement(id: row["id"], type: type, value: row["value"], at: Date(unixSeconds: row["at"]))
    }
}

import Foundation
import GRDB

extension SQLiteStore {
    /// The figures of one type's summary over the `days` before its latest reading, or nil
    /// when the record holds none. A few indexed range scans, whatever the number of readings.
    public func measurementWindow(of patient: Int64, type: MeasurementType, days: Int) throws
        -> MeasurementWindow?
    {
        try reading { db in
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
            return MeasurementWindow(
                latest: latest, previous: previous, change: change, ranges: ranges, above: above,
                below: below, count: count)
        }
    }

    private static func reading(_ row: Row, _ type: MeasurementType) -> Measurement {
        Measurement(id: row["id"], type: type, value: row["value"], at: Date(unixSeconds: row["at"]))
    }
}

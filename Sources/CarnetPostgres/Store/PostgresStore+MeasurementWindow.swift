import CarnetCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// The figures of one type's summary over the `days` before its latest reading, as
    /// `SQLiteStore+MeasurementWindow` reads them: a few indexed ranges in one read
    /// transaction, whatever the number of readings. Nil when the record holds none.
    public func measurementWindow(of patient: Int64, type: MeasurementType, days: Int) throws
        -> MeasurementWindow?
    {
        try readTransaction { transaction in
            let session = transaction.session
            var latest: [CarnetCore.Measurement] = []
            var ranges: [ClosedRange<Double>] = []
            var above = 0
            var below = 0
            var count = 0
            var change: Double?
            var previous: CarnetCore.Measurement?
            let window = Int64(days) * MeasurementBucketGrid.day
            for (index, component) in type.storedCodes.compactMap(MeasurementType.init(rawValue:))
                .enumerated()
            {
                let newest = try session.rows(
                    """
                    SELECT id, code, value, at FROM measurement WHERE patientId = \(patient) AND code = \(component.code)
                    ORDER BY at DESC, id DESC LIMIT 2
                    """
                ).map { row in try Self.measurement(row, component) }
                guard let reading = newest.first else { return nil }
                latest.append(reading)
                if index == 0, newest.count > 1 { previous = newest[1] }
                let end = reading.at.unixSeconds
                let start = end - window
                let band = component.referenceBand
                let upper = band?.upperBound ?? Double.infinity
                let lower = band?.lowerBound ?? -Double.infinity
                guard
                    let figures = try session.row(
                        """
                        SELECT min(value) AS low, max(value) AS high, count(*) AS n,
                            count(*) FILTER (WHERE value > \(upper)) AS above,
                            count(*) FILTER (WHERE value < \(lower)) AS below
                        FROM measurement WHERE patientId = \(patient) AND code = \(component.code)
                            AND at BETWEEN \(start) AND \(end)
                        """)
                else { return nil }
                ranges.append((try figures["low"] as Double)...(try figures["high"] as Double))
                guard index == 0 else { continue }
                above = Int(try figures["above"] as Int64)
                below = Int(try figures["below"] as Int64)
                count = Int(try figures["n"] as Int64)
                if count > 1,
                    let first = try session.value(
                        """
                        SELECT value FROM measurement WHERE patientId = \(patient) AND code = \(component.code)
                            AND at >= \(start) ORDER BY at, id LIMIT 1
                        """, as: Double.self)
                {
                    change = reading.value - first
                }
            }
            if type == .bloodPressure, let end = latest.first?.at.unixSeconds,
                let systolic = MeasurementType.systolic.referenceBand,
                let diastolic = MeasurementType.diastolic.referenceBand,
                let pairs = try session.row(
                    """
                    SELECT count(*) FILTER (WHERE s.value > \(systolic.upperBound) OR d.value > \(diastolic.upperBound)) AS above,
                        count(*) FILTER (WHERE s.value < \(systolic.lowerBound) OR d.value < \(diastolic.lowerBound)) AS below
                    FROM measurement s JOIN measurement d
                        ON d.patientId = s.patientId AND d.code = \(MeasurementType.diastolic.code) AND d.at = s.at
                    WHERE s.patientId = \(patient) AND s.code = \(MeasurementType.systolic.code)
                        AND s.at BETWEEN \(end - window) AND \(end)
                    """)
            {
                // A blood pressure is out of band when either of its two values is.
                above = Int(try pairs["above"] as Int64)
                below = Int(try pairs["below"] as Int64)
            }
            return MeasurementWindow(
                latest: latest, previous: previous, change: change, ranges: ranges, above: above,
                below: below,
                count: count)
        }
    }
}

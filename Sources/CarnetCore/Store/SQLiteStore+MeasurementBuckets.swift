import Foundation
import GRDB

extension SQLiteStore {
    /// One type's readings over `span` seconds ending with its latest reading (nil: from the
    /// first reading), cut by time into `count` buckets of equal length, each with its lowest,
    /// highest and last value. Nil when the record holds no reading of the type.
    ///
    /// Buckets of a day or more are whole days aligned on UTC midnight and read from the
    /// daily roll-up (`measurementDay`); shorter ones are read from the readings' covering
    /// index. Either way each bucket is one indexed range, never a scan of the series: the
    /// cost follows the number of buckets and of days shown, not of readings.
    public func measurementBuckets(
        of patient: Int64, type: MeasurementType, span: Int64?, count: Int
    ) throws -> MeasurementBuckets? {
        try reading { db in
            let codes = type.storedCodes
            let lasts = try codes.compactMap { try Self.edge("max", patient, $0, db) }
            guard let last = lasts.max() else { return nil }
            let first =
                span == nil ? try codes.compactMap({ try Self.edge("min", patient, $0, db) }).min() : nil
            let grid = MeasurementBucketGrid(first: first, last: last, span: span, count: count)
            let source = grid.daily ? Self.bucketFromDays : Self.bucketFromReadings
            var buckets = Array(repeating: [MeasurementBucket](), count: count)
            for code in codes {
                let component = MeasurementType(rawValue: code) ?? type
                let statement = try db.cachedStatement(sql: source)
                for index in 0..<count {
                    let (from, to) = grid.bounds(index)
                    let row = try Row.fetchOne(statement, arguments: [patient, code, from, to])
                    guard let row, let readings = row[2] as Int?, readings > 0 else { continue }
                    buckets[index].append(
                        MeasurementBucket(
                            type: component, low: row[0], high: row[1], last: row[5], count: readings,
                            firstAt: Date(unixSeconds: row[3]), lastAt: Date(unixSeconds: row[4])))
                }
            }
            return MeasurementBuckets(
                type: type, start: Date(unixSeconds: grid.start), width: grid.width, buckets: buckets)
        }
    }

    /// The time of a series' first (`min`) or latest (`max`) reading: one index lookup.
    private static func edge(_ function: String, _ patient: Int64, _ code: String, _ db: Database) throws
        -> Int64?
    {
        try Int64.fetchOne(
            db, sql: "SELECT \(function)(at) FROM measurement WHERE patientId = ? AND code = ?",
            arguments: [patient, code])
    }

    /// One bucket from the readings: ?1 patient, ?2 code, ?3 and ?4 the bucket's seconds.
    /// Low, high, count, first and last time, and the value taken last.
    static let bucketFromReadings = """
        SELECT min(value), max(value), count(*), min(at), max(at),
            (SELECT value FROM measurement WHERE patientId = ?1 AND code = ?2 AND at >= ?3 AND at < ?4
             ORDER BY at DESC, value DESC LIMIT 1)
        FROM measurement WHERE patientId = ?1 AND code = ?2 AND at >= ?3 AND at < ?4
        """

    /// One bucket from the daily roll-up: ?3 and ?4 are the bucket's days.
    static let bucketFromDays = """
        SELECT min(low), max(high), sum(readings), min(firstAt), max(lastAt),
            (SELECT last FROM measurementDay WHERE patientId = ?1 AND code = ?2 AND day >= ?3 AND day < ?4
             ORDER BY day DESC LIMIT 1)
        FROM measurementDay WHERE patientId = ?1 AND code = ?2 AND day >= ?3 AND day < ?4
        """
}

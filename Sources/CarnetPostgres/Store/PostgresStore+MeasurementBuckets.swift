import CarnetCore
import Foundation
import PostgresNIO

extension PostgresStore {
    /// A chart's buckets, cut as `MeasurementBucketGrid` says: each bucket one indexed range of
    /// the daily roll-up `measurementDay` (a trigger keeps it) or of the readings' covering
    /// index, all buckets of a component in one statement. Nil when the record holds no
    /// reading of the type.
    public func measurementBuckets(of patient: Int64, type: MeasurementType, span: Int64?, count: Int) throws
        -> MeasurementBuckets?
    {
        try readTransaction { transaction in
            let session = transaction.session
            let codes = type.storedCodes
            let edges = try codes.compactMap { code in try Self.edges(patient, code, session) }
            guard let last = edges.map(\.last).max() else { return nil }
            let grid = MeasurementBucketGrid(
                first: edges.map(\.first).min(), last: last, span: span, count: count)
            var buckets = Array(repeating: [MeasurementBucket](), count: count)
            for code in codes {
                let component = MeasurementType(rawValue: code) ?? type
                for row in try session.rows(Self.bucketQuery(grid, patient, code)) {
                    let index = Int(try row["bucket"] as Int32)
                    buckets[index].append(
                        MeasurementBucket(
                            type: component, low: try row["low"], high: try row["high"],
                            last: try row["last"],
                            count: Int(try row["readings"] as Int64), firstAt: try row.date("firstAt"),
                            lastAt: try row.date("lastAt")))
                }
            }
            return MeasurementBuckets(
                type: type, start: Date(unixSeconds: grid.start), width: grid.width, buckets: buckets)
        }
    }

    /// The times of a series' first and latest readings: two index lookups.
    private static func edges(_ patient: Int64, _ code: String, _ session: PostgresSession) throws
        -> (first: Int64, last: Int64)?
    {
        let row = try session.row(
            """
            SELECT (SELECT min(at) FROM measurement WHERE patientId = \(patient) AND code = \(code)) AS first,
                (SELECT max(at) FROM measurement WHERE patientId = \(patient) AND code = \(code)) AS last
            """)
        guard let row, let first = try row["first"] as Int64?, let last = try row["last"] as Int64? else {
            return nil
        }
        return (first, last)
    }

    /// Every non-empty bucket of one code: low, high, count, first and last time, and the
    /// value taken last (the highest of its second, as the roll-up keeps it).
    private static func bucketQuery(_ grid: MeasurementBucketGrid, _ patient: Int64, _ code: String)
        -> PostgresQuery
    {
        let from = grid.start / grid.unit
        let width = grid.width / grid.unit
        let buckets = Int32(grid.count)
        if grid.daily {
            return """
                SELECT b.bucket, m.low, m.high, m.readings, m.firstAt, m.lastAt, l.last
                FROM generate_series(0, \(buckets) - 1) AS b (bucket)
                CROSS JOIN LATERAL (
                    SELECT min(low) AS low, max(high) AS high, sum(readings)::bigint AS readings,
                        min(firstAt) AS firstAt, max(lastAt) AS lastAt
                    FROM measurementDay WHERE patientId = \(patient) AND code = \(code)
                        AND day >= \(from) + b.bucket * \(width) AND day < \(from) + (b.bucket + 1) * \(width)) m
                CROSS JOIN LATERAL (
                    SELECT last FROM measurementDay WHERE patientId = \(patient) AND code = \(code)
                        AND day >= \(from) + b.bucket * \(width) AND day < \(from) + (b.bucket + 1) * \(width)
                    ORDER BY day DESC LIMIT 1) l
                WHERE m.readings > 0
                """
        }
        return """
            SELECT b.bucket, m.low, m.high, m.readings, m.firstAt, m.lastAt, l.last
            FROM generate_series(0, \(buckets) - 1) AS b (bucket)
            CROSS JOIN LATERAL (
                SELECT min(value) AS low, max(value) AS high, count(*) AS readings,
                    min(at) AS firstAt, max(at) AS lastAt
                FROM measurement WHERE patientId = \(patient) AND code = \(code)
                    AND at >= \(from) + b.bucket * \(width) AND at < \(from) + (b.bucket + 1) * \(width)) m
            CROSS JOIN LATERAL (
                SELECT value AS last FROM measurement WHERE patientId = \(patient) AND code = \(code)
                    AND at >= \(from) + b.bucket * \(width) AND at < \(from) + (b.bucket + 1) * \(width)
                ORDER BY at DESC, value DESC LIMIT 1) l
            WHERE m.readings > 0
            """
    }
}

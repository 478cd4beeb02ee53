import CarnetCore
import Foundation
import PostgresNIO

/// A patient's readings, as `SQLiteStore+Measurements` reads them: keyset pages of the
/// covering index `measurement_series`, counts from the kept `measurementCount`.
extension PostgresStore: MeasurementQueries {
    /// A page of one type's readings, newest first (the panel: both components).
    public func measurements(of patient: Int64, type: MeasurementType, page: PageRequest, limit: Int) throws
        -> [CarnetCore.Measurement]
    {
        try reading { session in
            try Self.series(patient, type).fetch(session, page, limit: limit).map { row in
                try Self.measurement(row, type)
            }
        }
    }

    /// Oldest first.
    public func measurements(of patient: Int64, type: MeasurementType, limit: Int?) throws -> [CarnetCore
        .Measurement]
    {
        var result: [CarnetCore.Measurement] = []
        try forEachMeasurement(of: patient, type: type, limit: limit) { result.append($0) }
        return result
    }

    /// Oldest first (the panel's two readings of a moment, systolic first, codes in byte order
    /// as SQLite's), through a cursor of one read transaction: one moment of the record, one
    /// ordered scan of the series' index, and memory for one batch.
    public func forEachMeasurement(
        of patient: Int64, type: MeasurementType, limit: Int?, _ body: (CarnetCore.Measurement) throws -> Void
    ) throws {
        var statement = Self.series(patient, type).filter
        // One code is fixed by the filter: the index gives its readings in (at, id) order.
        let order = type.storedCodes.count == 1 ? "at, id" : "at, code COLLATE \"C\" DESC, id"
        statement.sql = "SELECT id, code, value, at FROM measurement WHERE \(statement.sql) ORDER BY \(order)"
        if let limit { statement.sql += " LIMIT \(statement.bind(Int64(limit)))" }
        try readTransaction { transaction in
            try transaction.forEachRow(statement.query) { row in try body(try Self.measurement(row, type)) }
        }
    }

    /// The kept count of each code (a trigger keeps `measurementCount`), not the readings.
    public func measurementCount(of patient: Int64, type: MeasurementType) throws -> Int {
        try reading { session in
            var statement = Self.series(patient, type).filter
            statement.sql =
                "SELECT coalesce(sum(readings), 0)::bigint FROM measurementCount WHERE " + statement.sql
            return Int(try session.value(statement, as: Int64.self) ?? 0)
        }
    }

    public func measurementPosition(of key: PageKey, patient: Int64, type: MeasurementType) throws -> Int {
        try reading { session in try Self.series(patient, type).position(of: key, session) }
    }

    /// Each type the record holds, in the order of `MeasurementType.allCases` (the panel's
    /// components folded into the panel), with its kept count and latest reading: one
    /// statement, one index lookup per code.
    public func measurementOverview(of patient: Int64) throws -> [MeasurementSeriesSummary] {
        let rows = try reading { session in
            try session.rows(
                """
                SELECT c.code, c.readings, l.id, l.value, l.at
                FROM measurementCount c
                CROSS JOIN LATERAL (
                    SELECT id, value, at FROM measurement m
                    WHERE m.patientId = c.patientId AND m.code = c.code ORDER BY at DESC, id DESC LIMIT 1) l
                WHERE c.patientId = \(patient) AND c.readings > 0
                """)
        }
        var latest: [String: (count: Int, reading: CarnetCore.Measurement)] = [:]
        for row in rows {
            let code: String = try row["code"]
            guard let type = MeasurementType(rawValue: code) else { continue }
            latest[code] = (Int(try row["readings"] as Int64), try Self.measurement(row, type))
        }
        return MeasurementType.allCases.filter { $0 != .systolic && $0 != .diastolic }.compactMap { type in
            guard let first = latest[type.storedCodes[0]] else { return nil }
            var readings = [first.reading]
            if type == .bloodPressure, let diastolic = latest[MeasurementType.diastolic.code] {
                readings.append(diastolic.reading)
            }
            return MeasurementSeriesSummary(type: type, count: first.count, latest: readings)
        }
    }

    /// Blood pressures newest first, each systolic reading with the diastolic one taken at
    /// the same second: a keyset page of the systolic series, each joined on the index.
    public func bloodPressures(of patient: Int64, page: PageRequest, limit: Int) throws
        -> [BloodPressureReading]
    {
        var filter = PostgresStatement()
        filter.sql =
            "s.patientId = \(filter.bind(patient)) AND s.code = \(filter.bind(MeasurementType.systolic.code))"
        let diastolicCode = filter.bind(MeasurementType.diastolic.code)
        let list = PostgresKeyset(
            select: """
                SELECT s.id, s.value, s.at, d.id AS dId, d.value AS dValue FROM measurement s
                LEFT JOIN measurement d ON d.patientId = s.patientId AND d.code = \(diastolicCode) AND d.at = s.at
                """,
            table: "measurement s", filter: filter, time: "s.at", id: "s.id")
        return try reading { session in
            try list.fetch(session, page, limit: limit).map { row in
                let at = try row.date("at")
                let diastolic: CarnetCore.Measurement? = try (row["dId"] as Int64?).map {
                    CarnetCore.Measurement(id: $0, type: .diastolic, value: try row["dValue"], at: at)
                }
                return BloodPressureReading(
                    systolic: CarnetCore.Measurement(
                        id: try row["id"], type: .systolic, value: try row["value"], at: at),
                    diastolic: diastolic)
            }
        }
    }

    /// The conditions selecting one series: one code compared for equality, so that a page
    /// is one ordered range of the index; the panel's two codes otherwise.
    static func series(_ patient: Int64, _ type: MeasurementType) -> PostgresKeyset {
        var filter = PostgresStatement()
        let codes = type.storedCodes
        let patientMark = filter.bind(patient)
        let codeMarks = codes.map { filter.bind($0) }
        filter.sql =
            "patientId = \(patientMark) AND "
            + (codeMarks.count == 1
                ? "code = \(codeMarks[0])" : "code IN (\(codeMarks.joined(separator: ", ")))")
        return PostgresKeyset(
            select: "SELECT id, code, value, at FROM measurement", table: "measurement", filter: filter,
            time: "at", id: "id")
    }

    static func measurement(_ row: RecordRow, _ type: MeasurementType) throws -> CarnetCore.Measurement {
        CarnetCore.Measurement(
            id: try row["id"], type: MeasurementType(rawValue: try row["code"]) ?? type,
            value: try row["value"],
            at: try row.date("at"))
    }
}

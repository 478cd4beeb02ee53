import Foundation
import GRDB

extension SQLiteStore {
    /// Streams a patient's readings of one type, oldest first, through the covering index.
    /// The blood pressure panel yields its systolic and diastolic readings.
    public func forEachMeasurement(
        of patient: Int64, type: MeasurementType, limit: Int? = nil,
        _ body: (Measurement) throws -> Void
    ) throws {
        try reading { db in
            let (filter, seriesArguments) = Self.seriesFilter(patient, type)
            var sql = "SELECT id, code, value, at FROM measurement WHERE \(filter) ORDER BY at, code DESC, id"
            var arguments = seriesArguments
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let type = MeasurementType(rawValue: row["code"]) ?? type
                try body(
                    Measurement(
                        id: row["id"], type: type, value: row["value"],
                        at: Date(unixSeconds: row["at"])))
            }
        }
    }

    /// A patient's readings of one type, oldest first.
    public func measurements(
        of patient: Int64, type: MeasurementType, limit: Int? = nil
    ) throws -> [Measurement] {
        var result: [Measurement] = []
        try forEachMeasurement(of: patient, type: type, limit: limit) { result.append($0) }
        return result
    }

    /// A page of one type's readings, newest first (the panel: both components).
    public func measurements(
        of patient: Int64, type: MeasurementType, page: PageRequest, limit: Int
    ) throws -> [Measurement] {
        try reading { db in
            let (filter, arguments) = Self.seriesFilter(patient, type)
            return try KeysetQuery(
                select: "SELECT id, code, value, at FROM measurement", filter: filter,
                arguments: arguments, time: "at", id: "id"
            ).fetch(db, page, limit: limit).map { row in
                Measurement(
                    id: row["id"], type: MeasurementType(rawValue: row["code"]) ?? type,
                    value: row["value"], at: Date(unixSeconds: row["at"]))
            }
        }
    }

    /// How many readings of one type a patient has: the kept count of each code (migration
    /// v10), instead of counting every reading.
    public func measurementCount(of patient: Int64, type: MeasurementType) throws -> Int {
        try reading { db in
            let (filter, arguments) = Self.seriesFilter(patient, type)
            return try Int.fetchOne(
                db, sql: "SELECT coalesce(sum(readings), 0) FROM measurementCount WHERE \(filter)",
                arguments: arguments) ?? 0
        }
    }

    /// Each type the patient has readings of, with how many and the latest, in the order of
    /// `MeasurementType.allCases` (the panel's components are folded into the panel).
    public func measurementOverview(of patient: Int64) throws -> [MeasurementSeriesSummary] {
        try reading { db in
            var result: [MeasurementSeriesSummary] = []
            for type in MeasurementType.allCases where type != .systolic && type != .diastolic {
                let code = type.storedCodes[0]
                let count =
                    try Int.fetchOne(
                        db, sql: "SELECT readings FROM measurementCount WHERE patientId = ? AND code = ?",
                        arguments: [patient, code]) ?? 0
                guard count > 0,
                    let row = try Row.fetchOne(
                        db,
                        sql:
                            "SELECT id, value, at FROM measurement WHERE patientId = ? AND code = ? ORDER BY at DESC LIMIT 1",
                        arguments: [patient, code])
                else { continue }
                var latest = [
                    Measurement(
                        id: row["id"], type: MeasurementType(rawValue: code) ?? type,
                        value: row["value"], at: Date(unixSeconds: row["at"]))
                ]
                if type == .bloodPressure,
                    let diastolic = try Row.fetchOne(
                        db,
                        sql:
                            "SELECT id, value, at FROM measurement WHERE patientId = ? AND code = ? ORDER BY at DESC LIMIT 1",
                        arguments: [patient, MeasurementType.diastolic.code])
                {
                    latest.append(
                        Measurement(
                            id: diastolic["id"], type: .diastolic, value: diastolic["value"],
                            at: Date(unixSeconds: diastolic["at"])))
                }
                result.append(MeasurementSeriesSummary(type: type, count: count, latest: latest))
            }
            return result
        }
    }

    /// The WHERE clause selecting one series (both components for the blood pressure panel).
    static func seriesFilter(
        _ patient: Int64, _ type: MeasurementType
    ) -> (String, StatementArguments) {
        let codes = type.storedCodes
        var arguments: StatementArguments = [patient]
        for code in codes { arguments += [code] }
        let placeholders = codes.map { _ in "?" }.joined(separator: ", ")
        return ("patientId = ? AND code IN (\(placeholders))", arguments)
    }
}

/// One type of measurement in a record: how many readings, and the latest (two for blood
/// pressure: systolic then diastolic).
public struct MeasurementSeriesSummary: Sendable, Equatable {
    public var type: MeasurementType
    public var count: Int
    public var latest: [Measurement]

    public init(type: MeasurementType, count: Int, latest: [Measurement]) {
        self.type = type
        self.count = count
        self.latest = latest
    }
}

/// A blood pressure reading: its systolic and diastolic values, taken together.
public struct BloodPressureReading: Sendable, Equatable {
    public var systolic: Measurement
    /// Nil when the record holds no diastolic value taken at the same time.
    public var diastolic: Measurement?

    public init(systolic: Measurement, diastolic: Measurement?) {
        self.systolic = systolic
        self.diastolic = diastolic
    }
}

extension SQLiteStore {
    /// A page of blood pressures, newest first, each systolic value with the diastolic one
    /// taken at the same time: a keyset page of the systolic series, each row joined to its
    /// diastolic value through the covering index.
    public func bloodPressures(of patient: Int64, page: PageRequest, limit: Int) throws
        -> [BloodPressureReading]
    {
        try reading { db in
            try KeysetQuery(
                select: """
                    SELECT s.id, s.value, s.at, d.id AS dId, d.value AS dValue FROM measurement s
                    LEFT JOIN measurement d ON d.patientId = s.patientId AND d.code = '\(MeasurementType.diastolic.code)'
                        AND d.at = s.at
                    """,
                filter: "s.patientId = ? AND s.code = '\(MeasurementType.systolic.code)'",
                arguments: [patient],
                time: "s.at", id: "s.id"
            ).fetch(db, page, limit: limit).map { row in
                let at = Date(unixSeconds: row["at"])
                let diastolic: Measurement? = (row["dId"] as Int64?).map {
                    Measurement(id: $0, type: .diastolic, value: row["dValue"], at: at)
                }
                return BloodPressureReading(
                    systolic: Measurement(id: row["id"], type: .systolic, value: row["value"], at: at),
                    diastolic: diastolic)
            }
        }
    }
}

import Foundation
import GRDB

extension Store {
    /// Streams a patient's readings of one type, oldest first, through the covering index.
    /// The blood pressure panel yields its systolic and diastolic readings.
    public func forEachMeasurement(
        of patient: Int64, type: MeasurementType, limit: Int? = nil,
        _ body: (Measurement) throws -> Void
    ) throws {
        try read { db in
            let codes = type.storedCodes
            let placeholders = codes.map { _ in "?" }.joined(separator: ", ")
            var sql = """
                SELECT id, code, value, at FROM measurement
                WHERE patientId = ? AND code IN (\(placeholders)) ORDER BY at, code DESC, id
                """
            var arguments: StatementArguments = [patient]
            for code in codes { arguments += [code] }
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

    /// How many readings of each stored type a patient has.
    public func measurementCounts(of patient: Int64) throws -> [MeasurementType: Int] {
        try read { db in
            var counts: [MeasurementType: Int] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT code, count(*) AS n FROM measurement WHERE patientId = ? GROUP BY code",
                arguments: [patient])
            for row in rows {
                if let type = MeasurementType(rawValue: row["code"]) { counts[type] = row["n"] }
            }
            return counts
        }
    }
}

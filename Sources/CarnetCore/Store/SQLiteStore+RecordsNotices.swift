import Foundation
import GRDB

/// Notifications across the records a person manages: a banner for a child's record arrives
/// while the parent's is open. Each `Notice` says which record it concerns (`patientId`).
extension SQLiteStore {
    /// The newest notifications of these records after the one with id `after` (ids grow
    /// across records), newest first, and how many there are in all.
    public func notices(ofRecords patients: [Int64], after: Int64, limit: Int) throws -> (notices: [Notice], count: Int)
    {
        guard !patients.isEmpty else { return ([], 0) }
        let marks = Array(repeating: "?", count: patients.count).joined(separator: ", ")
        return try reading { db in
            let count =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM notification WHERE patientId IN (\(marks)) AND id > ?",
                    arguments: StatementArguments(patients + [after])) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: Self.noticeSelect + " WHERE n.patientId IN (\(marks)) AND n.id > ? ORDER BY n.id DESC LIMIT ?",
                arguments: StatementArguments(patients + [after, Int64(limit)]))
            return (rows.map(Self.notice), count)
        }
    }

    /// The id of the newest notification of any of these records.
    public func latestNotificationId(ofRecords patients: [Int64]) throws -> Int64? {
        guard !patients.isEmpty else { return nil }
        let marks = Array(repeating: "?", count: patients.count).joined(separator: ", ")
        return try reading { db in
            try Int64.fetchOne(
                db, sql: "SELECT max(id) FROM notification WHERE patientId IN (\(marks))",
                arguments: StatementArguments(patients))
        }
    }
}

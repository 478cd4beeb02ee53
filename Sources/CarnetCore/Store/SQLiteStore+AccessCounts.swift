import Foundation
import GRDB

/// Counts of the access history from the kept per-day counts (migration v7): whole days come
/// from `accessEventDay`, and the first and last day of a date range, which the range may
/// cut, are counted row by row on the history's own indexes. The cost stays that of a page
/// however long the history.
extension SQLiteStore {
    static let secondsPerDay: Int64 = 86_400

    /// How many events match `filter`.
    static func keptAccessCount(_ db: Database, _ patient: Int64, _ filter: AccessHistoryFilter) throws -> Int {
        let since = filter.since?.unixSeconds
        let until = filter.until?.unixSeconds
        if let since, let until, until < since { return 0 }
        let firstDay = since.map { floorDay($0) }
        let lastDay = until.map { floorDay($0) }
        // A range within two days: counting its rows costs no more than a page.
        if let firstDay, let lastDay, lastDay - firstDay <= 1 { return try rowCount(db, patient, filter) }
        // The kept counts carry the history's own patientId, actorId and action columns, so the
        // history's filter without its dates selects their rows too.
        let kept = accessQuery(patient, AccessHistoryFilter(actorId: filter.actorId, action: filter.action))
        var conditions = [kept.filter]
        var arguments = kept.arguments
        if let firstDay {
            conditions.append("day > ?")
            arguments += [firstDay]
        }
        if let lastDay {
            conditions.append("day < ?")
            arguments += [lastDay]
        }
        var total =
            try Int.fetchOne(
                db,
                sql: "SELECT coalesce(sum(events), 0) FROM accessEventDay WHERE "
                    + conditions.joined(separator: " AND "),
                arguments: arguments) ?? 0
        if let since, let firstDay {
            var edge = filter
            edge.until = Date(unixSeconds: (firstDay + 1) * secondsPerDay - 1)
            edge.since = Date(unixSeconds: since)
            total += try rowCount(db, patient, edge)
        }
        if let until, let lastDay {
            var edge = filter
            edge.since = Date(unixSeconds: lastDay * secondsPerDay)
            edge.until = Date(unixSeconds: until)
            total += try rowCount(db, patient, edge)
        }
        return total
    }

    /// How many events matching `filter` come before the event with `key` in the history's
    /// order (newest first, or oldest first): those on the later (earlier) side of its second,
    /// from the kept counts, and those in its own second, by id.
    static func keptAccessPosition(
        _ db: Database, of key: PageKey, _ patient: Int64, _ filter: AccessHistoryFilter, newestFirst: Bool
    ) throws -> Int {
        let at = key.date.unixSeconds
        var beyond = filter
        if newestFirst {
            let after = at + 1
            beyond.since = Date(unixSeconds: max(filter.since?.unixSeconds ?? after, after))
        } else {
            let before = at - 1
            beyond.until = Date(unixSeconds: min(filter.until?.unixSeconds ?? before, before))
        }
        var same = filter
        same.since = key.date
        same.until = key.date
        let query = accessQuery(patient, same)
        let sameSecond =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM accessEvent WHERE \(query.filter) AND id \(newestFirst ? ">" : "<") ?",
                arguments: query.arguments + [key.id]) ?? 0
        return try keptAccessCount(db, patient, beyond) + sameSecond
    }

    /// Counts the matching rows themselves, on the index the pages read.
    private static func rowCount(_ db: Database, _ patient: Int64, _ filter: AccessHistoryFilter) throws -> Int {
        let query = accessQuery(patient, filter)
        return try Int.fetchOne(
            db, sql: "SELECT count(*) FROM accessEvent WHERE \(query.filter)", arguments: query.arguments) ?? 0
    }

    /// The UTC day of a time in Unix seconds, rounded down also before 1970.
    static func floorDay(_ seconds: Int64) -> Int64 {
        let remainder = ((seconds % secondsPerDay) + secondsPerDay) % secondsPerDay
        return (seconds - remainder) / secondsPerDay
    }
}

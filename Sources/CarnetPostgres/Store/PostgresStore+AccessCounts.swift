import CarnetCore
import Foundation
import PostgresNIO

/// Counts of the access history from the kept per-day counts (`accessEventDay`, kept by a
/// statement trigger), as `SQLiteStore+AccessCounts` makes them: whole days from the kept
/// rows, the first and last day of a date range, which the range may cut, counted row by row
/// on the history's indexes. Each count is one SQL expression, so a count or a position is one
/// statement, whatever the history's length.
extension PostgresStore {
    /// The list of events matching `filter`, newest first.
    static func accessList(_ patient: Int64, _ filter: AccessHistoryFilter) -> PostgresKeyset {
        var statement = PostgresStatement()
        statement.sql = accessConditions(&statement, patient, filter)
        return PostgresKeyset(
            select: "SELECT \(chainColumns) FROM accessEvent", table: "accessEvent", filter: statement,
            time: "at", id: "id")
    }

    /// The conditions selecting the events of `filter`, their values bound in `statement`.
    /// The kept counts have the history's patientId, actorId and action columns, so the
    /// conditions of a filter without dates select their rows too.
    static func accessConditions(
        _ statement: inout PostgresStatement, _ patient: Int64, _ filter: AccessHistoryFilter
    ) -> String {
        var conditions = ["patientId = \(statement.bind(patient))"]
        if let actor = filter.actorId { conditions.append("actorId = \(statement.bind(actor))") }
        if let since = filter.since { conditions.append("at >= \(statement.bind(since.unixSeconds))") }
        if let until = filter.until { conditions.append("at <= \(statement.bind(until.unixSeconds))") }
        if let action = filter.action { conditions.append("action = \(statement.bind(action.rawValue))") }
        return conditions.joined(separator: " AND ")
    }

    /// An expression counting the events that match `filter`.
    static func keptAccessCount(
        _ statement: inout PostgresStatement, _ patient: Int64, _ filter: AccessHistoryFilter
    ) -> String {
        let since = filter.since?.unixSeconds
        let until = filter.until?.unixSeconds
        if let since, let until, until < since { return "0::bigint" }
        let firstDay = since.map(floorDay)
        let lastDay = until.map(floorDay)
        // A range within two days: counting its rows costs no more than a page.
        if let firstDay, let lastDay, lastDay - firstDay <= 1 { return rowCount(&statement, patient, filter) }
        var kept = accessConditions(
            &statement, patient, AccessHistoryFilter(actorId: filter.actorId, action: filter.action))
        if let firstDay { kept += " AND day > \(statement.bind(firstDay))" }
        if let lastDay { kept += " AND day < \(statement.bind(lastDay))" }
        var parts = ["(SELECT coalesce(sum(events), 0)::bigint FROM accessEventDay WHERE \(kept))"]
        if let since, let firstDay {
            var edge = filter
            edge.since = Date(unixSeconds: since)
            edge.until = Date(unixSeconds: (firstDay + 1) * secondsPerDay - 1)
            parts.append(rowCount(&statement, patient, edge))
        }
        if let until, let lastDay {
            var edge = filter
            edge.since = Date(unixSeconds: lastDay * secondsPerDay)
            edge.until = Date(unixSeconds: until)
            parts.append(rowCount(&statement, patient, edge))
        }
        return parts.joined(separator: " + ")
    }

    /// An expression counting the events matching `filter` that come before the event with
    /// `key` in the history's order (newest first, or oldest first): those beyond its second,
    /// from the kept counts, and those in its own second, by id.
    static func keptAccessPosition(
        _ statement: inout PostgresStatement, of key: PageKey, _ patient: Int64,
        _ filter: AccessHistoryFilter,
        newestFirst: Bool
    ) -> String {
        let at = key.date.unixSeconds
        var beyond = filter
        if newestFirst {
            beyond.since = Date(unixSeconds: max(filter.since?.unixSeconds ?? at + 1, at + 1))
        } else {
            beyond.until = Date(unixSeconds: min(filter.until?.unixSeconds ?? at - 1, at - 1))
        }
        var same = filter
        same.since = key.date
        same.until = key.date
        let sameSecond =
            "(SELECT count(*) FROM accessEvent WHERE \(accessConditions(&statement, patient, same))"
            + " AND id \(newestFirst ? ">" : "<") \(statement.bind(key.id)))"
        return keptAccessCount(&statement, patient, beyond) + " + " + sameSecond
    }

    /// An expression counting the matching rows themselves, on the index the pages read.
    private static func rowCount(
        _ statement: inout PostgresStatement, _ patient: Int64, _ filter: AccessHistoryFilter
    ) -> String {
        "(SELECT count(*) FROM accessEvent WHERE \(accessConditions(&statement, patient, filter)))"
    }

    private static let secondsPerDay: Int64 = 86_400

    /// The UTC day of a time in Unix seconds, rounded down also before 1970 (as the
    /// schema's `carnet_day` numbers the kept days).
    private static func floorDay(_ seconds: Int64) -> Int64 {
        MeasurementBucketGrid.floorDivide(seconds, secondsPerDay)
    }
}

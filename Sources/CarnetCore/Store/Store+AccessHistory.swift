import Foundation
import GRDB

/// Where a newest-first page of the access history ends.
public struct AccessPageKey: Sendable, Equatable {
    public var at: Date
    public var id: Int64

    public init(at: Date, id: Int64) {
        self.at = at
        self.id = id
    }
}

extension Store {
    /// A page of the access history, newest first, strictly after `key`.
    public func accessEvents(
        of patient: Int64, after key: AccessPageKey? = nil, limit: Int
    ) throws -> [AccessEvent] {
        try read { db in
            var sql = "SELECT * FROM accessEvent WHERE patientId = ?"
            var arguments: StatementArguments = [patient]
            if let key {
                sql += " AND (at < ? OR (at = ? AND id < ?))"
                arguments += [key.at.unixSeconds, key.at.unixSeconds, key.id]
            }
            sql += " ORDER BY at DESC, id DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.accessEvent)
        }
    }

    static func accessEvent(_ row: Row) -> AccessEvent {
        AccessEvent(
            id: row["id"], at: Date(unixSeconds: row["at"]),
            actorType: ActorType(rawValue: row["actorType"]) ?? .system,
            actorId: row["actorId"], actorName: row["actorName"],
            action: AccessAction(rawValue: row["action"]) ?? .read, target: row["target"],
            outcome: AccessOutcome(rawValue: row["outcome"]) ?? .done,
            emergency: row["emergency"], reason: row["reason"])
    }
}

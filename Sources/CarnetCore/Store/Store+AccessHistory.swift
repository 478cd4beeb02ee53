import Foundation
import GRDB

extension Store {
    /// A page of the access history, newest first.
    public func accessEvents(
        of patient: Int64, page: PageRequest = .first, limit: Int
    ) throws -> [AccessEvent] {
        try read { db in
            try KeysetQuery(
                select: "SELECT * FROM accessEvent", filter: "patientId = ?", arguments: [patient],
                time: "at", id: "id"
            ).fetch(db, page, limit: limit).map(Self.accessEvent)
        }
    }

    /// How many events the access history holds.
    public func accessEventCount(of patient: Int64) throws -> Int {
        try count("accessEvent", patient: patient)
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

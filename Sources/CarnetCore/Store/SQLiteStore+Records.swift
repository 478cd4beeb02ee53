import Foundation
import GRDB

extension SQLiteStore {
    /// Every record of this carnet — the person's own first, then those they manage in the
    /// order they were added — each with its unread notifications.
    public func records() throws -> [ManagedRecord] {
        try reading { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT patient.*,
                        (SELECT coalesce(sum(unread), 0) FROM notificationCount
                         WHERE notificationCount.patientId = patient.id) AS unread
                    FROM patient ORDER BY relation = 'self' DESC, id
                    """)
            return rows.map { ManagedRecord(patient: Self.patient($0), unread: $0["unread"]) }
        }
    }
}

/// A record the person manages, as the list of records shows it.
public struct ManagedRecord: Sendable, Equatable {
    public var patient: Patient
    /// Notifications of this record not yet read.
    public var unread: Int

    public init(patient: Patient, unread: Int) {
        self.patient = patient
        self.unread = unread
    }
}

/// Names compared as a person types them: case, accents and surrounding spaces aside.
public enum RecordName {
    public static func folded(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The one patient whose whole name, or else first name, is `typed` ("lea" is Léa);
    /// refuses a name no one or several people have.
    public static func only(_ typed: String, among patients: [Patient]) throws -> Patient {
        let wanted = folded(typed)
        let whole = patients.filter { folded($0.name) == wanted }
        let first = whole.isEmpty ? patients.filter { folded($0.firstName) == wanted } : whole
        guard let found = first.first else { throw StoreError.unknownPatient(typed) }
        guard first.count == 1 else {
            throw StoreError.rule(
                .recordsAmbiguousName, [typed, first.map { "\($0.id) \($0.name)" }.joined(separator: ", ")])
        }
        return found
    }
}

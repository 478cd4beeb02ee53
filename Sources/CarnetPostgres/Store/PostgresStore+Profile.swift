import CarnetCore
import Foundation
import PostgresNIO

/// The medical profile, as `SQLiteStore+Profile` reads it.
extension PostgresStore: ProfileQueries {
    /// Section by section in the order of `ProfileEntry.Section`, then by start (undated
    /// first, as SQLite sorts NULL) and id.
    public func profile(of patient: Int64) throws -> [ProfileEntry] {
        let order = ProfileEntry.Section.allCases.enumerated()
            .map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }.joined(separator: " ")
        return try reading { session in
            try session.rows(
                """
                SELECT * FROM profileEntry WHERE patientId = \(patient)
                ORDER BY CASE section \(unescaped: order) END, startAt NULLS FIRST, id
                """
            ).map(Self.profileEntry)
        }
    }

    public func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry? {
        try reading { session in try Self.profileEntry(id, of: patient, session) }
    }

    // MARK: - Shared with the transaction's reads

    static func profileEntry(_ id: Int64, of patient: Int64, _ session: PostgresSession) throws
        -> ProfileEntry?
    {
        try session.row("SELECT * FROM profileEntry WHERE id = \(id) AND patientId = \(patient)").map(
            profileEntry)
    }

    /// The patient's blood group entry, if one is recorded.
    static func bloodGroupEntry(of patient: Int64, _ session: PostgresSession) throws -> ProfileEntry? {
        try session.row("SELECT * FROM profileEntry WHERE patientId = \(patient) AND section = 'bloodGroup'")
            .map(profileEntry)
    }
}

import Foundation

/// The person the record belongs to.
public struct Patient: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// Calendar date of birth, `YYYY-MM-DD` (a date, not an instant: it has no time zone).
    public var birthDate: String
    /// Identifiant national de santé: 15 characters (13 of the NIR plus a 2-digit key).
    public var ins: String?
    public var createdAt: Date

    public init(id: Int64, name: String, birthDate: String, ins: String?, createdAt: Date) {
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.ins = ins
        self.createdAt = createdAt
    }
}

/// What is needed to create a patient's record.
public struct NewPatient: Sendable {
    public var name: String
    public var birthDate: String
    public var ins: String?

    public init(name: String, birthDate: String, ins: String? = nil) {
        self.name = name
        self.birthDate = birthDate
        self.ins = ins
    }
}

import Foundation

/// The person a record belongs to. A carnet holds the person's own record and the records
/// they manage (a minor child's), each with its own documents, card, readings, profile,
/// consents and history.
public struct Patient: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// Calendar date of birth, `YYYY-MM-DD` (a date, not an instant: it has no time zone).
    public var birthDate: String
    /// Identifiant national de santé: 15 characters (13 of the NIR plus a 2-digit key).
    public var ins: String?
    public var createdAt: Date
    /// Whose record this is to the person using carnet.
    public var relation: RecordRelation
    /// Known for growth curves, which differ by sex; nil when not given.
    public var sex: Sex?

    public init(
        id: Int64, name: String, birthDate: String, ins: String?, createdAt: Date,
        relation: RecordRelation = .own, sex: Sex? = nil
    ) {
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.ins = ins
        self.createdAt = createdAt
        self.relation = relation
        self.sex = sex
    }

    /// The first word of the name, by which `--patient` may name a record ("Léa").
    public var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}

/// Whose record a patient row is, to the person using carnet.
public enum RecordRelation: String, Sendable, CaseIterable {
    /// The person's own record.
    case own = "self"
    /// A minor child's record, managed by their parent.
    case child
    /// Another person's record they manage.
    case other
}

/// Sex as the growth references distinguish it.
public enum Sex: String, Sendable, CaseIterable {
    case female, male
}

/// What is needed to create a patient's record.
public struct NewPatient: Sendable {
    public var name: String
    public var birthDate: String
    public var ins: String?
    public var relation: RecordRelation
    public var sex: Sex?

    public init(
        name: String, birthDate: String, ins: String? = nil, relation: RecordRelation = .own, sex: Sex? = nil
    ) {
        self.name = name
        self.birthDate = birthDate
        self.ins = ins
        self.relation = relation
        self.sex = sex
    }
}

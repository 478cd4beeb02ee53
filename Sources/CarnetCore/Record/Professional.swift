/// The professions the access policy knows. Each reads the document categories its
/// habilitation matrix allows.
public enum Profession: String, CaseIterable, Sendable, Codable {
    case physician
    case pharmacist
    case nurse
    case physiotherapist
    case midwife
    case dentist
    case biologist
    case other
}

/// A health professional, identified by their RPPS number (11 digits).
public struct Professional: Sendable, Equatable {
    public var rpps: String
    public var name: String
    public var profession: Profession
    public var specialty: String?
    /// A regulating doctor of the SAMU, whom the "SAMU regulation" emergency switch lets in.
    public var samuRegulation: Bool

    public init(
        rpps: String, name: String, profession: Profession, specialty: String? = nil,
        samuRegulation: Bool = false
    ) {
        self.rpps = rpps
        self.name = name
        self.profession = profession
        self.specialty = specialty
        self.samuRegulation = samuRegulation
    }
}

/// The kinds of health establishment.
public enum EstablishmentKind: String, CaseIterable, Sendable {
    case hospital
    case clinic
    case laboratory
    case pharmacy
    case imaging
    case other
}

/// A health establishment, identified by its FINESS number (9 characters).
public struct Establishment: Sendable, Equatable {
    public var finess: String
    public var name: String
    public var kind: EstablishmentKind

    public init(finess: String, name: String, kind: EstablishmentKind) {
        self.finess = finess
        self.name = name
        self.kind = kind
    }
}

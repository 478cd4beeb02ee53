/// Whether the patient let a professional or establishment into their record.
public enum ConsentStatus: String, CaseIterable, Sendable {
    case authorized
    case blocked
    /// No decision recorded: the default rules apply.
    case none
}

/// The three emergency ("bris de glace") switches of a record.
public enum EmergencySwitch: String, CaseIterable, Sendable {
    /// SAMU regulation may read the record in an emergency.
    case samu
    /// Any other professional may break the glass.
    case any
    /// An emergency access also reveals masked documents.
    case masked
}

/// Record-wide consent settings: the treating doctor, the emergency switches, and whether
/// the patient closed their space.
public struct RecordSettings: Sendable, Equatable {
    public var treatingDoctorRpps: String?
    public var samuEmergency: Bool
    public var anyEmergency: Bool
    public var maskedEmergency: Bool
    public var closed: Bool

    public init(
        treatingDoctorRpps: String?, samuEmergency: Bool, anyEmergency: Bool,
        maskedEmergency: Bool, closed: Bool
    ) {
        self.treatingDoctorRpps = treatingDoctorRpps
        self.samuEmergency = samuEmergency
        self.anyEmergency = anyEmergency
        self.maskedEmergency = maskedEmergency
        self.closed = closed
    }
}

/// One line of the patient's directory: a professional or establishment and their consent.
public struct DirectoryEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case professional, establishment }

    /// RPPS or FINESS number.
    public var id: String
    public var name: String
    public var kind: Kind
    /// The profession of a professional, the kind of an establishment.
    public var profession: String
    public var specialty: String?
    public var status: ConsentStatus
    public var treatingDoctor: Bool

    public init(
        id: String, name: String, kind: Kind, profession: String, specialty: String?,
        status: ConsentStatus, treatingDoctor: Bool
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.profession = profession
        self.specialty = specialty
        self.status = status
        self.treatingDoctor = treatingDoctor
    }
}

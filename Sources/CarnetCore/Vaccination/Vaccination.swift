import Foundation

/// One line of the vaccination card.
public struct Vaccination: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        /// A dose of the primary series.
        case primary
        case booster
        /// Passive immunisation (immunoglobulins, monoclonal antibodies).
        case immunization
    }

    public enum Requirement: String, CaseIterable, Sendable {
        case mandatory
        case recommended
    }

    public enum EnteredBy: String, CaseIterable, Sendable {
        case patient
        case professional
    }

    public var id: Int64
    public var date: Date
    public var vaccine: String
    public var diseases: [String]
    public var kind: Kind
    public var lotNumber: String?
    public var vaccinator: String?
    public var vaccinatorRpps: String?
    public var requirement: Requirement
    public var enteredBy: EnteredBy

    public init(
        id: Int64 = 0, date: Date, vaccine: String, diseases: [String], kind: Kind,
        lotNumber: String? = nil, vaccinator: String? = nil, vaccinatorRpps: String? = nil,
        requirement: Requirement, enteredBy: EnteredBy
    ) {
        self.id = id
        self.date = date
        self.vaccine = vaccine
        self.diseases = diseases
        self.kind = kind
        self.lotNumber = lotNumber
        self.vaccinator = vaccinator
        self.vaccinatorRpps = vaccinatorRpps
        self.requirement = requirement
        self.enteredBy = enteredBy
    }
}

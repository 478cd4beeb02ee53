/// The parts of a profile entry a person fills in. Each section uses some of them (see
/// `ProfileEntry.Section.fields`); the others stay empty.
public enum ProfileField: String, CaseIterable, Sendable {
    /// What the entry is: the allergy, the illness, the medicine, the contact's name…
    case label
    /// More about it: the reaction, the dosage, the establishment, the relationship…
    case detail
    case start
    case end
    /// For family history: who had it.
    case relative
    /// For contacts: emergency contact, trusted person or carer.
    case contactRole
    case phone
}

extension ProfileEntry.Section {
    /// The fields of this section, in the order a form asks for them.
    public var fields: [ProfileField] {
        switch self {
        case .allergy, .disability, .bloodGroup: [.label, .detail]
        case .illness, .treatment, .hospitalization: [.label, .detail, .start, .end]
        case .familyHistory: [.label, .relative, .detail]
        case .contact: [.label, .contactRole, .phone, .detail]
        case .advanceDirective: [.label, .detail, .start]
        }
    }

    /// The fields an entry of this section cannot do without.
    public var requiredFields: [ProfileField] {
        switch self {
        case .treatment: [.label, .detail]
        case .familyHistory: [.label, .relative]
        case .contact: [.label, .contactRole, .phone]
        default: [.label]
        }
    }

    /// Whether an end date after today makes sense: a treatment may be planned to stop.
    var endMayBeAhead: Bool { self == .treatment }
}

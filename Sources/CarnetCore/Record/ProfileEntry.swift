import Foundation

/// One entry of the medical profile.
public struct ProfileEntry: Sendable, Equatable {
    public enum Section: String, CaseIterable, Sendable {
        case allergy
        case illness
        case treatment
        case familyHistory
        case hospitalization
        case disability
        case bloodGroup
        case contact
        case advanceDirective
    }

    public enum ContactRole: String, CaseIterable, Sendable {
        case emergency
        /// The *personne de confiance*.
        case trustedPerson
        case carer
    }

    public static let bloodGroups = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"]

    public var id: Int64
    public var section: Section
    public var label: String
    public var detail: String?
    public var start: Date?
    public var end: Date?
    /// For family history: the relative concerned.
    public var relative: String?
    /// For contacts: their role.
    public var contactRole: ContactRole?
    public var phone: String?

    public init(
        id: Int64 = 0, section: Section, label: String, detail: String? = nil, start: Date? = nil,
        end: Date? = nil, relative: String? = nil, contactRole: ContactRole? = nil,
        phone: String? = nil
    ) {
        self.id = id
        self.section = section
        self.label = label
        self.detail = detail
        self.start = start
        self.end = end
        self.relative = relative
        self.contactRole = contactRole
        self.phone = phone
    }
}

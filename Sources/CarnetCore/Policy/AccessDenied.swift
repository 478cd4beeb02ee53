/// Why the policy refused a professional. Every refusal is in the access history too.
public enum AccessDenied: Error, Equatable, Sendable {
    /// The patient closed their space: no professional may access it.
    case recordClosed
    /// The RPPS number is not in the directory.
    case unknownProfessional(rpps: String)
    /// The patient blocked this professional.
    case blocked
    /// The patient blocked an establishment this professional works for.
    case blockedEstablishment(name: String)
    /// Not authorised, and no emergency access asked for.
    case notAuthorized
    /// An emergency access was asked for, but the patient's switch for it is off.
    case emergencyNotAllowed
    /// The profession may not read or write this category.
    case category(DocumentCategory)
    /// No such document, or none this professional may see (a masked document is not
    /// revealed to exist).
    case noDocument(id: Int64)
    /// Only a document's author adds versions to it.
    case notAuthor(id: Int64)
    /// This profession does not vaccinate.
    case notAVaccinator

    /// The reason in the reader's language.
    public func message(_ text: Catalog) -> String {
        switch self {
        case .recordClosed: text[.deniedClosed]
        case .unknownProfessional(let rpps): text[.deniedUnknown, rpps]
        case .blocked: text[.deniedBlocked]
        case .blockedEstablishment(let name): text[.deniedBlockedEstablishment, name]
        case .notAuthorized: text[.deniedNotAuthorized]
        case .emergencyNotAllowed: text[.deniedEmergency]
        case .category(let category): text[.deniedCategory, category.code]
        case .noDocument(let id): text[.deniedNoDocument, String(id)]
        case .notAuthor(let id): text[.deniedNotAuthor, String(id)]
        case .notAVaccinator: text[.deniedNotAVaccinator]
        }
    }

    /// The reason as the access history keeps it: a stable code ("blocked-by-patient",
    /// "no-document:12"), worded at display time in the reader's language.
    var logReason: String { code }
}

import Foundation

/// Why a profile entry was refused. Nothing was written.
public enum ProfileError: Error, Equatable, Sendable {
    /// A field the section needs is empty.
    case missing(ProfileField, ProfileEntry.Section)
    case tooLong(ProfileField, ProfileEntry.Section, limit: Int)
    /// A field the section does not use was given (a relative for an allergy).
    case notInSection(ProfileField, ProfileEntry.Section)
    case badPhone(String)
    case unknownRelative(String)
    case unknownBloodGroup(String)
    /// A date after today where only the past makes sense.
    case inTheFuture(ProfileField, ProfileEntry.Section, Date)
    case beforeBirth(ProfileField, ProfileEntry.Section, birthDate: String)
    case endBeforeStart(ProfileEntry.Section, start: Date, end: Date)
    /// The record holds one blood group: the patient changes it instead.
    case bloodGroupRecorded(String)
    case noEntry(id: Int64)

    /// The field the problem is in, for a form to mark it.
    public var field: ProfileField? {
        switch self {
        case .missing(let field, _), .tooLong(let field, _, _), .notInSection(let field, _),
            .inTheFuture(let field, _, _), .beforeBirth(let field, _, _):
            field
        case .badPhone: .phone
        case .unknownRelative: .relative
        case .unknownBloodGroup, .bloodGroupRecorded: .label
        case .endBeforeStart: .end
        case .noEntry: nil
        }
    }

    public func message(_ text: Catalog, _ format: TextFormat) -> String {
        switch self {
        case .missing(let field, let section):
            switch field {
            case .relative:
                text[.profileNeedsChoice, section.name(of: field, text), Self.relatives(text)]
            case .contactRole:
                text[
                    .profileNeedsChoice, section.name(of: field, text),
                    ProfileEntry.ContactRole.allCases.map { $0.label(text) }.joined(separator: ", ")]
            case .label where section == .bloodGroup:
                text[
                    .profileNeedsChoice, section.name(of: field, text),
                    ProfileEntry.bloodGroups.joined(separator: ", ")]
            default:
                text[.profileNeedsText, section.name(of: field, text)]
            }
        case .tooLong(let field, let section, let limit):
            text[.profileTooLong, section.name(of: field, text), format.count(limit)]
        case .notInSection(let field, let section):
            text[.profileNotInSection, section.name(of: field, text), section.heading(text)]
        case .badPhone(let typed):
            text[.profileBadPhone, typed]
        case .unknownRelative(let typed):
            text[.profileUnknownRelative, typed, Self.relatives(text)]
        case .unknownBloodGroup(let typed):
            text[.profileUnknownBloodGroup, typed, ProfileEntry.bloodGroups.joined(separator: ", ")]
        case .inTheFuture(let field, let section, let date):
            text[.profileDateInFuture, section.name(of: field, text), format.day(date)]
        case .beforeBirth(let field, let section, let birthDate):
            text[.profileDateBeforeBirth, section.name(of: field, text), format.day(iso: birthDate)]
        case .endBeforeStart(let section, let start, let end):
            text[
                .profileEndBeforeStart, section.name(of: .end, text), format.day(end),
                section.name(of: .start, text), format.day(start)]
        case .bloodGroupRecorded(let group):
            text[.profileBloodGroupRecorded, group]
        case .noEntry(let id):
            text[.profileNoEntry, String(id)]
        }
    }

    private static func relatives(_ text: Catalog) -> String {
        ProfileEntry.Relative.allCases.map { $0.label(text) }.joined(separator: ", ")
    }
}

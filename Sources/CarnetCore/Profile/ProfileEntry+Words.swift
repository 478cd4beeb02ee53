import Foundation

/// The profile's words: section names, field names, contact roles and relatives, in the
/// reader's language.
extension ProfileEntry.Section {
    /// One entry's kind: "Allergy".
    public func label(_ text: Catalog) -> String {
        switch self {
        case .allergy: text[.sectionAllergy]
        case .illness: text[.sectionIllness]
        case .treatment: text[.sectionTreatment]
        case .familyHistory: text[.sectionFamilyHistory]
        case .hospitalization: text[.sectionHospitalization]
        case .disability: text[.sectionDisability]
        case .bloodGroup: text[.sectionBloodGroup]
        case .contact: text[.sectionContact]
        case .advanceDirective: text[.sectionAdvanceDirective]
        }
    }

    /// The section's heading: "Allergies".
    public func heading(_ text: Catalog) -> String {
        switch self {
        case .allergy: text[.headingAllergies]
        case .illness: text[.headingIllnesses]
        case .treatment: text[.headingTreatments]
        case .familyHistory: text[.headingFamilyHistory]
        case .hospitalization: text[.headingHospitalisations]
        case .disability: text[.headingDisability]
        case .bloodGroup: text[.headingBloodGroup]
        case .contact: text[.headingContacts]
        case .advanceDirective: text[.headingAdvanceDirectives]
        }
    }

    /// What an empty section says: "No allergies recorded".
    public func empty(_ text: Catalog) -> String {
        switch self {
        case .allergy: text[.noAllergies]
        case .illness: text[.noIllnesses]
        case .treatment: text[.noTreatments]
        case .familyHistory: text[.noFamilyHistory]
        case .hospitalization: text[.noHospitalisations]
        case .disability: text[.noDisability]
        case .bloodGroup: text[.noBloodGroup]
        case .contact: text[.noContacts]
        case .advanceDirective: text[.noAdvanceDirectives]
        }
    }

    /// What a field is called in this section: the label of a treatment is its medicine,
    /// its detail the dosage.
    public func name(of field: ProfileField, _ text: Catalog) -> String {
        switch (self, field) {
        case (.allergy, .label): text[.profileFieldAllergy]
        case (.allergy, .detail): text[.profileFieldReaction]
        case (.illness, .label): text[.profileFieldIllness]
        case (.treatment, .label): text[.profileFieldMedicine]
        case (.treatment, .detail): text[.profileFieldDosage]
        case (.familyHistory, .label): text[.profileFieldCondition]
        case (.hospitalization, .label): text[.profileFieldHospitalReason]
        case (.hospitalization, .detail): text[.profileFieldEstablishment]
        case (.hospitalization, .start): text[.profileFieldAdmitted]
        case (.hospitalization, .end): text[.profileFieldDischarged]
        case (.disability, .label): text[.profileFieldDisability]
        case (.bloodGroup, .label): text[.profileFieldBloodGroup]
        case (.contact, .label): text[.profileFieldContactName]
        case (.contact, .detail): text[.profileFieldRelationship]
        case (.advanceDirective, .label): text[.profileFieldDirectives]
        case (.advanceDirective, .start): text[.profileFieldWrittenOn]
        case (_, .label), (_, .detail): text[.profileFieldDetails]
        case (_, .start): text[.profileFieldStart]
        case (_, .end): text[.profileFieldEnd]
        case (_, .relative): text[.profileFieldRelative]
        case (_, .contactRole): text[.profileFieldContactRole]
        case (_, .phone): text[.profileFieldPhone]
        }
    }
}

extension ProfileEntry.ContactRole {
    public func label(_ text: Catalog) -> String {
        switch self {
        case .emergency: text[.roleEmergency]
        case .trustedPerson: text[.roleTrustedPerson]
        case .carer: text[.roleCarer]
        }
    }
}

extension ProfileEntry.Relative {
    public func label(_ text: Catalog) -> String {
        switch self {
        case .mother: text[.relativeMother]
        case .father: text[.relativeFather]
        case .sister: text[.relativeSister]
        case .brother: text[.relativeBrother]
        case .daughter: text[.relativeDaughter]
        case .son: text[.relativeSon]
        case .grandmother: text[.relativeGrandmother]
        case .grandfather: text[.relativeGrandfather]
        case .aunt: text[.relativeAunt]
        case .uncle: text[.relativeUncle]
        case .cousin: text[.relativeCousin]
        case .other: text[.relativeOther]
        }
    }
}

extension ProfileEntry {
    /// When it was: "2025-10-30 – 2025-11-03", "since 2019-06-12", "until 2026-04-01", or
    /// nothing; directives show the day they were written. In words (`spoken`), a range is
    /// "from 30 October 2025 to 3 November 2025" and directives say "Written on …".
    public func period(_ text: Catalog, day: (Date) -> String, spoken: Bool = false) -> String {
        if section == .advanceDirective, let written = start {
            return spoken ? section.name(of: .start, text) + " " + day(written) : day(written)
        }
        switch (start, end) {
        case (let start?, let end?):
            return spoken ? text[.profileDateRange, day(start), day(end)] : day(start) + " – " + day(end)
        case (let start?, nil): return text[.sinceDate, day(start)]
        case (nil, let end?): return text[.untilDate, day(end)]
        case (nil, nil): return ""
        }
    }

    /// The relative in words; a word the record holds but carnet does not know, as written.
    public func relativeLabel(_ text: Catalog) -> String? {
        relative.map { Relative(rawValue: $0)?.label(text) ?? $0 }
    }
}

import CarnetCore

/// The Profile pane: the medical profile, section by section.
enum ProfilePane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnSection], width: 16, priority: 3),
            Column(text[.columnEntry], priority: 4),
            Column(text[.columnDetails], width: 30, priority: 2),
            Column(text[.columnDates], width: 23, priority: 1),
        ]
    }

    static func row(_ entry: ProfileEntry, _ text: Catalog, _ format: TextFormat) -> ListRow {
        var details = [entry.detail, entry.relative, entry.phone].compactMap { $0 }
        if let role = entry.contactRole { details.insert(label(role, text), at: 0) }
        let dates = [entry.start, entry.end].compactMap { $0.map(format.day) }.joined(separator: " – ")
        var spokenDates: [String] = []
        if let start = entry.start { spokenDates.append(text[.fromDate, format.longDay(start)]) }
        if let end = entry.end { spokenDates.append(text[.toDate, format.longDay(end)]) }
        let section = label(entry.section, text)
        return ListRow(
            key: nil,
            cells: [section, entry.label, details.joined(separator: ", "), dates],
            spoken: ([section + ": " + entry.label] + details + spokenDates).joined(separator: ", "))
    }

    static func label(_ section: ProfileEntry.Section, _ text: Catalog) -> String {
        switch section {
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

    static func label(_ role: ProfileEntry.ContactRole, _ text: Catalog) -> String {
        switch role {
        case .emergency: text[.roleEmergency]
        case .trustedPerson: text[.roleTrustedPerson]
        case .carer: text[.roleCarer]
        }
    }
}

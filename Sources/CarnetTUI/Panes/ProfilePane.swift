import CarnetCore

/// The Profile pane: the medical profile, section by section.
enum ProfilePane {
    static let columns = [
        Column("Section", width: 16, priority: 3),
        Column("Entry", priority: 4),
        Column("Details", width: 30, priority: 2),
        Column("Dates", width: 23, priority: 1),
    ]

    static func row(_ entry: ProfileEntry) -> ListRow {
        var details = [entry.detail, entry.relative, entry.phone].compactMap { $0 }
        if let role = entry.contactRole { details.insert(label(role), at: 0) }
        let dates = [entry.start, entry.end].compactMap { $0.map(DisplayText.day) }
            .joined(separator: " – ")
        return ListRow(
            key: nil,
            cells: [label(entry.section), entry.label, details.joined(separator: ", "), dates],
            spoken: ([label(entry.section) + ": " + entry.label] + details
                + [entry.start, entry.end].compactMap { $0.map(DisplayText.longDay) }
                .enumerated().map { $0.offset == 0 ? "from \($0.element)" : "to \($0.element)" })
                .joined(separator: ", "))
    }

    static func label(_ section: ProfileEntry.Section) -> String {
        switch section {
        case .allergy: "Allergy"
        case .illness: "Illness"
        case .treatment: "Treatment"
        case .familyHistory: "Family history"
        case .hospitalization: "Hospitalisation"
        case .disability: "Disability"
        case .bloodGroup: "Blood group"
        case .contact: "Contact"
        case .advanceDirective: "Advance directives"
        }
    }

    static func label(_ role: ProfileEntry.ContactRole) -> String {
        switch role {
        case .emergency: "emergency contact"
        case .trustedPerson: "trusted person"
        case .carer: "carer"
        }
    }
}

import CarnetCore

/// The Vaccinations pane's list: the card, newest first.
enum VaccinationsPane {
    static let columns = [
        Column("Date", width: 10, priority: 3),
        Column("Vaccine", width: 16, priority: 3),
        Column("Against", priority: 4),
        Column("Kind", width: 12, priority: 2),
        Column("Status", width: 11, priority: 1),
        Column("Lot", width: 8, priority: 0),
    ]

    static func row(_ vaccination: Vaccination) -> ListRow {
        ListRow(
            key: PageKey(date: vaccination.date, id: vaccination.id),
            cells: [
                DisplayText.day(vaccination.date), vaccination.vaccine,
                vaccination.diseases.joined(separator: ", "), kind(vaccination.kind),
                vaccination.requirement.rawValue, vaccination.lotNumber ?? "",
            ],
            spoken: [
                vaccination.vaccine, "against " + vaccination.diseases.joined(separator: ", "),
                DisplayText.longDay(vaccination.date), kind(vaccination.kind),
                vaccination.requirement.rawValue,
                vaccination.lotNumber.map { "lot \($0)" },
            ].compactMap { $0 }.joined(separator: ", "))
    }

    static func kind(_ kind: Vaccination.Kind) -> String {
        switch kind {
        case .primary: "primary dose"
        case .booster: "booster"
        case .immunization: "immunisation"
        }
    }
}

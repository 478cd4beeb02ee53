import CarnetCore

/// The Vaccinations pane's list: the card, newest first.
enum VaccinationsPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], width: 10, priority: 3),
            Column(text[.columnVaccine], width: 16, priority: 3),
            Column(text[.columnAgainst], priority: 4),
            Column(text[.columnKind], width: 12, priority: 2),
            Column(text[.columnStatus], width: 11, priority: 1),
            Column(text[.columnLot], width: 8, priority: 0),
        ]
    }

    static func row(_ vaccination: Vaccination, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let requirement =
            vaccination.requirement == .mandatory
            ? text[.requirementMandatory] : text[.requirementRecommended]
        return ListRow(
            key: PageKey(date: vaccination.date, id: vaccination.id),
            cells: [
                format.day(vaccination.date), vaccination.vaccine,
                vaccination.diseases.joined(separator: ", "), kind(vaccination.kind, text), requirement,
                vaccination.lotNumber ?? "",
            ],
            spoken: [
                vaccination.vaccine, text[.against, vaccination.diseases.joined(separator: ", ")],
                format.longDay(vaccination.date), kind(vaccination.kind, text), requirement,
                vaccination.lotNumber.map { text[.lotNumber, $0] },
            ].compactMap { $0 }.joined(separator: ", "))
    }

    static func kind(_ kind: Vaccination.Kind, _ text: Catalog) -> String {
        switch kind {
        case .primary: text[.kindPrimary]
        case .booster: text[.kindBooster]
        case .immunization: text[.kindImmunization]
        }
    }
}

import CarnetCore
import Foundation

/// The Vaccinations pane: the card, newest first, what the calendar asks for above it, and
/// one line shown whole with Enter.
enum VaccinationsPane {
    static func columns(_ text: Catalog) -> [Column] {
        [
            Column(text[.columnDate], minimum: 10, priority: 3),
            Column(text[.columnVaccine], minimum: 16, priority: 3),
            Column(text[.columnAgainst], minimum: 20, weight: 1, priority: 4),
            Column(text[.columnKind], minimum: 12, priority: 2),
            Column(text[.columnStatus], minimum: 11, priority: 1),
            Column(text[.columnLot], minimum: 8, priority: 0),
        ]
    }

    static func row(_ vaccination: Vaccination, _ text: Catalog, _ format: TextFormat) -> ListRow {
        let requirement = requirement(vaccination.requirement, text)
        let diseases = diseases(vaccination.diseases, text)
        return ListRow(
            key: PageKey(date: vaccination.date, id: vaccination.id),
            cells: [
                format.day(vaccination.date), vaccination.vaccine, diseases, kind(vaccination.kind, text),
                requirement, vaccination.lotNumber ?? "",
            ],
            spoken: [
                vaccination.vaccine, text[.against, diseases], format.longDay(vaccination.date),
                kind(vaccination.kind, text), requirement, vaccination.lotNumber.map { text[.lotNumber, $0] },
            ].compactMap { $0 }.joined(separator: ", "),
            subject: .vaccination(vaccination))
    }

    /// One line of the card whole.
    static func page(_ vaccination: Vaccination, _ text: Catalog, _ format: TextFormat) -> TextPage {
        func named(_ phrase: Phrase) -> String { text[.fieldLabel, text[phrase]] }
        let enteredBy =
            vaccination.enteredBy == .patient ? text[.enteredByPatient] : text[.enteredByProfessional]
        return TextPage(
            title: text[.vaccinationTitle, vaccination.vaccine],
            fields: [
                TextPage.Field(named(.columnDate), format.longDay(vaccination.date)),
                TextPage.Field(named(.columnVaccine), vaccination.vaccine),
                TextPage.Field(named(.columnAgainst), diseases(vaccination.diseases, text)),
                TextPage.Field(named(.columnKind), kind(vaccination.kind, text)),
                TextPage.Field(named(.columnLot), vaccination.lotNumber ?? "—"),
                TextPage.Field(named(.fieldVaccinator), vaccination.vaccinator ?? "—"),
                TextPage.Field(named(.columnStatus), requirement(vaccination.requirement, text)),
                TextPage.Field(named(.fieldEnteredBy), enteredBy),
            ], subject: .vaccination(vaccination))
    }

    static func kind(_ kind: Vaccination.Kind, _ text: Catalog) -> String {
        switch kind {
        case .primary: text[.kindPrimary]
        case .booster: text[.kindBooster]
        case .immunization: text[.kindImmunization]
        }
    }

    static func requirement(_ requirement: Vaccination.Requirement, _ text: Catalog) -> String {
        requirement == .mandatory ? text[.requirementMandatory] : text[.requirementRecommended]
    }

    static func diseases(_ names: [String], _ text: Catalog) -> String {
        names.map { disease($0, text) }.joined(separator: ", ")
    }

    /// A disease as the card names it, in the reader's language when carnet knows it.
    static func disease(_ name: String, _ text: Catalog) -> String {
        text.language == .fr ? frenchDiseases[name] ?? name : name
    }

    static let frenchDiseases: [String: String] = [
        "diphtheria": "diphtérie", "tetanus": "tétanos", "poliomyelitis": "poliomyélite",
        "pertussis": "coqueluche", "tuberculosis": "tuberculose", "measles": "rougeole",
        "mumps": "oreillons", "rubella": "rubéole", "hepatitis A": "hépatite A", "hepatitis B": "hépatite B",
        "influenza": "grippe", "shingles": "zona", "pneumococcus": "pneumocoque", "RSV": "VRS",
        "HPV": "papillomavirus", "yellow fever": "fièvre jaune", "typhoid": "typhoïde",
        "meningococcus A": "méningocoque A", "meningococcus B": "méningocoque B",
        "meningococcus C": "méningocoque C", "meningococcus W": "méningocoque W",
        "meningococcus Y": "méningocoque Y",
    ]

    /// The filter in words, for the heading and the announcement.
    static func describe(_ disease: String?, _ text: Catalog) -> String {
        disease.map { text[.onlyAgainst, Self.disease($0, text)] } ?? text[.everyLine]
    }

    /// What is due, for the lines above the card: each due or overdue dose, then the next one.
    static func dueLines(_ due: [VaccinationDue], _ text: Catalog, _ format: TextFormat, today: Date)
        -> [DueLine]
    {
        var lines = due.filter(\.isDue).map { DueLine($0.words(text, format, today: today), isDue: true) }
        let upcoming = due.filter { !$0.isDue }.min { date($0) < date($1) }
        if lines.isEmpty { lines.append(DueLine(text[.nothingDue], isDue: false)) }
        if let upcoming {
            lines.append(DueLine(text[.nextDue, upcoming.words(text, format, today: today)], isDue: false))
        }
        return lines
    }

    private static func date(_ due: VaccinationDue) -> Date {
        switch due.status {
        case .overdue(let date), .dueThisSeason(let date), .upcoming(let date): date
        }
    }
}

extension VaccinationsPane {
    /// Field positions of the add form.
    enum AddField {
        static let common = 0, name = 1, diseases = 2, date = 3, lot = 4, vaccinator = 5
    }

    /// The patient's add form: a common vaccine from a list (which fills in its diseases) or
    /// another typed by name with its diseases, the date, the lot and who gave it.
    static func addForm(_ text: Catalog) -> Form {
        Form(
            title: text[.formAddVaccination],
            fields: [
                Form.Field(
                    label: text[.fieldCommonVaccine],
                    options: CommonVaccine.list.map {
                        Menu.Option(
                            "\($0.name) (\(diseases($0.diseases, text)))", value: $0.name, shortLabel: $0.name
                        )
                    } + [Menu.Option(text[.anotherVaccine], value: "")]),
                Form.Field(label: text[.fieldOtherVaccine], placeholder: text[.otherVaccinePlaceholder]),
                Form.Field(label: text[.fieldDiseases], placeholder: text[.diseasesPlaceholder]),
                Form.Field(label: text[.columnDate], placeholder: text[.todayPlaceholder]),
                Form.Field(label: text[.columnLot]),
                Form.Field(label: text[.fieldVaccinator]),
            ],
            purpose: .addVaccination)
    }
}

extension VaccinationsPane {
    static func list(_ text: Catalog) -> ListDescription {
        ListDescription(
            title: PaneID.vaccinations.title(text), itemName: text[.itemVaccination], columns: columns(text))
    }
}

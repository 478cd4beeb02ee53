import Foundation

/// The two children whose records the demo's patient manages: Léa, 7, whose six-year booster
/// was never given, and Hugo, 16 months, due for his second measles-mumps-rubella dose. Each
/// record has its own consents, a document, a card, growth readings and a short history.
enum DemoChildren {
    static let lea = NewPatient(
        name: "Léa Durand", birthDate: "2019-06-10", ins: "219067511234528", relation: .child, sex: .female)
    static let hugo = NewPatient(
        name: "Hugo Durand", birthDate: "2025-08-01", ins: "125087511234510", relation: .child, sex: .male)

    private static let doctor = DemoCast.treatingDoctor

    /// Writes both children's records; returns their ids.
    static func write(_ writer: any RecordWriter) throws -> [Int64] {
        let lea = try writer.addPatient(Self.lea, at: DemoCalendar.date("2024-11-18"))
        let hugo = try writer.addPatient(Self.hugo, at: DemoCalendar.date("2025-08-20"))
        try child(
            lea, writer, since: "2024-11-25", card: leaCard, growth: leaGrowth,
            document: ("Certificat — bilan de santé des 6 ans", "2025-09-15", """
                Examen de l’enfant à 6 ans : croissance harmonieuse, vision et audition normales.
                Rappel diphtérie-tétanos-coqueluche-poliomyélite des 6 ans à faire.
                """),
            reads: [("2025-09-16", "record"), ("2026-11-19", "record")])
        try child(
            hugo, writer, since: "2025-08-20", card: hugoCard, growth: hugoGrowth,
            document: ("Compte rendu — examen du 12e mois", "2026-08-03", """
                Examen du 12e mois : développement psychomoteur normal, marche avec appui.
                Vaccins du 12e mois faits ce jour ; deuxième dose ROR entre 16 et 18 mois.
                """),
            reads: [("2026-08-04", "record")])
        return [lea, hugo]
    }

    /// One child's record: the family doctor as treating doctor, one document, the card, the
    /// growth readings and the history, each notified as the parent's own record is.
    private static func child(
        _ patient: Int64, _ writer: any RecordWriter, since: String, card: [Vaccination],
        growth: [(String, Double, Double, Double?)], document: (String, String, String),
        reads: [(String, String)]
    ) throws {
        let settingUp = DemoCalendar.date(since, hour: 20, minute: 30)
        try writer.setTreatingDoctor(patient: patient, rpps: doctor.rpps)
        try writer.setConsent(patient: patient, actorId: doctor.rpps, status: .authorized, at: settingUp)
        var events: [(event: AccessEvent, notify: Notification.Kind?)] = [
            (parentAction(.setTreatingDoctor, "consent \(doctor.rpps)", settingUp), nil),
            (parentAction(.authorize, "consent \(doctor.rpps)", settingUp.addingTimeInterval(60)), nil),
        ]
        let day = DemoCalendar.date(document.1, hour: 10)
        let deposited = day.addingTimeInterval(6 * 3_600)
        let id = try writer.addDocument(
            NewDocument(
                category: .certificates, title: document.0, author: .professional(rpps: doctor.rpps), date: day,
                deposited: deposited, content: Data(document.2.utf8)),
            patient: patient)
        events.append((doctorEvent(.add, "document \(id)", deposited), .add))
        for (readDay, target) in reads {
            events.append((doctorEvent(.read, target, DemoCalendar.date(readDay, hour: 17, minute: 45)), .read))
        }
        for vaccination in card { try writer.addVaccination(vaccination, patient: patient) }
        for (checkup, weight, height, head) in growth {
            let at = DemoCalendar.date(checkup, hour: 11)
            for (type, value) in [(MeasurementType.weight, weight), (.height, height)] + (head.map { [(.headCircumference, $0)] } ?? []) {
                try writer.addMeasurement(
                    NewMeasurement(type: type, value: value, at: at, source: .professional), patient: patient)
            }
        }
        try DemoHistory.write(events, patient: patient, writer)
    }

    /// The parent acting on their child's record.
    private static func parentAction(_ action: AccessAction, _ target: String, _ at: Date) -> AccessEvent {
        AccessEvent(
            at: at, actorType: .patient, actorId: "1", actorName: DemoCast.patient.name, action: action,
            target: target, outcome: .done)
    }

    private static func doctorEvent(_ action: AccessAction, _ target: String, _ at: Date) -> AccessEvent {
        AccessEvent(
            at: at, actorType: .professional, actorId: doctor.rpps, actorName: doctor.name, action: action,
            target: target, outcome: .done)
    }

    // MARK: - Cards

    /// The 2018 calendar's infant doses, all given; the booster at 6 (June 2025) is not.
    static let leaCard: [Vaccination] = [
        dose(lea.birthDate, "2019-08-12", "Hexyon", .primary, "HX1908"),
        dose(lea.birthDate, "2019-08-12", "Prevenar 13", .primary, "PV1908"),
        dose(lea.birthDate, "2019-10-10", "Hexyon", .primary, "HX1910"),
        dose(lea.birthDate, "2019-10-10", "Prevenar 13", .primary, "PV1910"),
        dose(lea.birthDate, "2019-11-12", "NeisVac-C", .primary, "NC1911"),
        dose(lea.birthDate, "2020-05-11", "Hexyon", .booster, "HX2005"),
        dose(lea.birthDate, "2020-05-11", "Prevenar 13", .booster, "PV2005"),
        dose(lea.birthDate, "2020-06-15", "Priorix", .primary, "PR2006"),
        dose(lea.birthDate, "2020-06-15", "NeisVac-C", .booster, "NC2006"),
        dose(lea.birthDate, "2020-10-12", "Priorix", .primary, "PR2010"),
    ]

    /// The 2025 calendar's doses up to 12 months; the second MMR dose (16–18 months) is next.
    static let hugoCard: [Vaccination] = [
        dose(hugo.birthDate, "2025-10-01", "Vaxelis", .primary, "VX2510"),
        dose(hugo.birthDate, "2025-10-01", "Prevenar 20", .primary, "PV2510"),
        dose(hugo.birthDate, "2025-10-01", "Rotarix", .primary, "RT2510"),
        dose(hugo.birthDate, "2025-11-03", "Bexsero", .primary, "BX2511"),
        dose(hugo.birthDate, "2025-11-03", "Rotarix", .primary, "RT2511"),
        dose(hugo.birthDate, "2025-12-01", "Vaxelis", .primary, "VX2512"),
        dose(hugo.birthDate, "2025-12-01", "Prevenar 20", .primary, "PV2512"),
        dose(hugo.birthDate, "2026-01-05", "Bexsero", .primary, "BX2601"),
        dose(hugo.birthDate, "2026-02-02", "Nimenrix", .primary, "NM2602"),
        dose(hugo.birthDate, "2026-07-01", "Vaxelis", .booster, "VX2607"),
        dose(hugo.birthDate, "2026-07-01", "Prevenar 20", .booster, "PV2607"),
        dose(hugo.birthDate, "2026-08-03", "Priorix", .primary, "PR2608"),
        dose(hugo.birthDate, "2026-08-03", "Nimenrix", .booster, "NM2608"),
        dose(hugo.birthDate, "2026-08-03", "Bexsero", .booster, "BX2608"),
    ]

    /// A dose of a vaccine the card knows (its diseases from `CommonVaccine`; Rotarix is not
    /// there, it protects against rotavirus), mandatory when the law makes it so for the
    /// child's cohort (`VaccinationRule.requirement`), as a new card line would be.
    private static func dose(
        _ birthDate: String, _ day: String, _ vaccine: String, _ kind: Vaccination.Kind, _ lot: String
    ) -> Vaccination {
        let diseases = CommonVaccine.named(vaccine)?.diseases ?? ["rotavirus"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DemoCalendar.zone
        let date = DemoCalendar.date(day, hour: 11)
        let requirement = VaccinationRule.requirement(
            of: diseases, birthDate: birthDate, given: date, calendar: calendar) ?? .recommended
        return Vaccination(
            date: date, vaccine: vaccine, diseases: diseases, kind: kind, lotNumber: lot, vaccinator: doctor.name,
            vaccinatorRpps: doctor.rpps, requirement: requirement, enteredBy: .professional)
    }

    // MARK: - Growth

    /// The checkups' weight (kg), height (cm) and head circumference (cm, until 2 years). A
    /// fictional girl near the middle of the curves.
    static let leaGrowth: [(String, Double, Double, Double?)] = [
        ("2019-06-18", 3.3, 49.5, 34.0), ("2019-08-12", 5.0, 56.8, 38.1), ("2019-10-10", 6.3, 61.9, 40.4),
        ("2019-12-10", 7.2, 65.6, 41.9), ("2020-03-10", 8.1, 69.9, 43.4), ("2020-06-15", 8.8, 73.8, 44.8),
        ("2021-06-14", 11.3, 85.2, 47.4), ("2022-06-13", 13.7, 94.6, nil), ("2023-06-12", 15.8, 102.1, nil),
        ("2024-06-10", 18.0, 108.8, nil), ("2025-09-15", 20.6, 116.5, nil), ("2026-06-15", 22.1, 121.0, nil),
    ]

    /// A fictional boy a little above the middle of the curves.
    static let hugoGrowth: [(String, Double, Double, Double?)] = [
        ("2025-08-09", 3.5, 50.8, 35.0), ("2025-09-02", 4.7, 55.1, 37.6), ("2025-10-01", 5.8, 58.9, 39.4),
        ("2025-12-01", 7.2, 64.5, 42.0), ("2026-02-02", 8.1, 68.3, 43.7), ("2026-05-04", 9.1, 72.8, 45.3),
        ("2026-08-03", 9.9, 76.4, 46.4), ("2026-11-16", 10.6, 79.6, 47.1),
    ]
}

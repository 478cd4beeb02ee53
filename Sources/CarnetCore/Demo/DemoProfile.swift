import Foundation

/// A medical profile with every section filled.
enum DemoProfile {
    static let entries: [ProfileEntry] = [
        ProfileEntry(section: .allergy, label: "Pénicilline", detail: "Urticaire généralisée (2004)"),
        ProfileEntry(section: .allergy, label: "Pollens de graminées", detail: "Rhinite saisonnière"),
        ProfileEntry(
            section: .illness, label: "Diabète de type 2", start: DemoCalendar.date("2019-06-12")),
        ProfileEntry(
            section: .illness, label: "Hypertension artérielle",
            start: DemoCalendar.date("2021-02-03")),
        ProfileEntry(
            section: .illness, label: "Appendicite aiguë", start: DemoCalendar.date("2025-10-30"),
            end: DemoCalendar.date("2025-11-03")),
        ProfileEntry(
            section: .treatment, label: "Metformine 1000 mg", detail: "1 comprimé matin et soir",
            start: DemoCalendar.date("2019-06-12")),
        ProfileEntry(
            section: .treatment, label: "Ramipril 5 mg", detail: "1 comprimé le matin",
            start: DemoCalendar.date("2021-02-03")),
        ProfileEntry(
            section: .familyHistory, label: "Infarctus du myocarde", detail: "À 58 ans",
            relative: "father"),
        ProfileEntry(section: .familyHistory, label: "Diabète de type 2", relative: "mother"),
        ProfileEntry(
            section: .hospitalization, label: "Appendicectomie",
            detail: "Centre hospitalier de Valmont", start: DemoCalendar.date("2025-10-30"),
            end: DemoCalendar.date("2025-11-03")),
        ProfileEntry(
            section: .disability, label: "Surdité partielle de l'oreille gauche",
            detail: "Appareillée depuis 2018"),
        ProfileEntry(section: .bloodGroup, label: "A+"),
        ProfileEntry(
            section: .contact, label: "Alex Durand", detail: "Conjoint", contactRole: .emergency,
            phone: "06 39 98 00 01"),
        ProfileEntry(
            section: .contact, label: "Nadia Benali", detail: "Amie", contactRole: .trustedPerson,
            phone: "06 39 98 00 02"),
        ProfileEntry(
            section: .contact, label: "Alex Durand", detail: "Conjoint", contactRole: .carer,
            phone: "06 39 98 00 01"),
        ProfileEntry(
            section: .advanceDirective, label: "Directives anticipées rédigées",
            detail: "Refus de l'acharnement thérapeutique ; document déposé le 01/12/2025",
            start: DemoCalendar.date("2025-12-01")),
    ]
}

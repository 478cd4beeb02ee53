import Foundation

/// A vaccination card following the French calendar for someone born in 1981. The
/// diphtheria-tetanus-polio booster due at 45 (March 2026) has not been given.
enum DemoVaccinations {
    private static let dtp = ["diphtheria", "tetanus", "poliomyelitis"]
    private static let dtpPertussis = ["diphtheria", "tetanus", "pertussis", "poliomyelitis"]
    private static let mmr = ["measles", "mumps", "rubella"]
    private static let pediatrician = "Dr Jean Roux"
    private static let doctor = DemoCast.treatingDoctor

    static let card: [Vaccination] = [
        dose("1981-04-20", "BCG", ["tuberculosis"], .primary, "B8104", pediatrician, .mandatory),
        dose("1981-05-14", "DTCoq Polio", dtpPertussis, .primary, "D8105", pediatrician, .mandatory),
        dose("1981-06-15", "DTCoq Polio", dtpPertussis, .primary, "D8106", pediatrician, .mandatory),
        dose("1981-07-15", "DTCoq Polio", dtpPertussis, .primary, "D8107", pediatrician, .mandatory),
        dose("1982-03-20", "ROR", mmr, .primary, "R8203", pediatrician, .recommended),
        dose("1982-09-14", "DTCoq Polio", dtpPertussis, .booster, "D8209", pediatrician, .mandatory),
        dose("1987-04-02", "DT Polio", dtp, .booster, "P8704", pediatrician, .mandatory),
        dose("1993-05-10", "DT Polio", dtp, .booster, "P9305", "Dr Anne Faure", .mandatory),
        dose("1995-01-15", "Engerix B", ["hepatitis B"], .primary, "E9501", "Dr Anne Faure", .recommended),
        dose("1995-02-15", "Engerix B", ["hepatitis B"], .primary, "E9502", "Dr Anne Faure", .recommended),
        dose("1995-07-17", "Engerix B", ["hepatitis B"], .primary, "E9507", "Dr Anne Faure", .recommended),
        dose("1996-10-10", "ROR", mmr, .primary, "R9610", "Dr Anne Faure", .recommended),
        dose("1999-03-20", "DT Polio", dtp, .booster, "P9903", "Dr Anne Faure", .mandatory),
        dose("2006-04-12", "Repevax", dtpPertussis, .booster, "RV0604", "Dr Anne Faure", .recommended),
        dose(
            "2021-05-20", "Comirnaty", ["COVID-19"], .primary, "FK0108", "Centre de vaccination de Valmont",
            .recommended),
        dose(
            "2021-06-24", "Comirnaty", ["COVID-19"], .primary, "FK0112", "Centre de vaccination de Valmont",
            .recommended),
        dose(
            "2022-01-10", "Comirnaty", ["COVID-19"], .booster, "FL3208", doctor.name, .recommended,
            rpps: doctor.rpps),
        dose(
            "2024-10-22", "Vaxigrip Tetra", ["influenza"], .booster, "X4H71", DemoCast.pharmacist.name,
            .recommended, rpps: DemoCast.pharmacist.rpps),
        dose(
            "2025-10-20", "Vaxigrip", ["influenza"], .booster, "X5K02", DemoCast.pharmacist.name,
            .recommended, rpps: DemoCast.pharmacist.rpps),
    ]

    private static func dose(
        _ day: String, _ vaccine: String, _ diseases: [String], _ kind: Vaccination.Kind,
        _ lot: String, _ vaccinator: String, _ requirement: Vaccination.Requirement,
        rpps: String? = nil
    ) -> Vaccination {
        Vaccination(
            date: DemoCalendar.date(day, hour: 11), vaccine: vaccine, diseases: diseases,
            kind: kind, lotNumber: lot, vaccinator: vaccinator, vaccinatorRpps: rpps,
            requirement: requirement, enteredBy: rpps == nil ? .patient : .professional)
    }
}

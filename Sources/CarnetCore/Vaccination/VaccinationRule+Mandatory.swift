import Foundation

extension VaccinationRule {
    /// Mandatory when a dose against one of `diseases`, given on `date` to a child born on
    /// `birthDate`, is one the law requires of that child: a mandatory rule of the children's
    /// calendar for their cohort covers one of the diseases, and the dose falls in the first
    /// eighteen months (code de la santé publique R.3111-2, décret 2018-42: "dans les dix-huit
    /// premiers mois de l'enfant"). Nil otherwise: the vaccine's usual requirement stands.
    static func requirement(
        of diseases: [String], birthDate: String, given date: Date, calendar: Calendar
    ) -> Vaccination.Requirement? {
        guard let birth = RecordDays.day(birthDate, calendar),
            let eighteenMonths = calendar.date(byAdding: .month, value: 18, to: birth), date < eighteenMonths
        else { return nil }
        let mandatory = children.contains { rule in
            guard case .series(let series) = rule.timing else { return false }
            return series.includes(birth, calendar) && series.isMandatory(birth, calendar)
                && !rule.diseases.isDisjoint(with: diseases)
        }
        return mandatory ? .mandatory : nil
    }
}

import Foundation

/// An age as the children's calendar states it: "2 mois", "16–18 mois", "6 ans". Kept in months
/// so that 12 months and 1 year are the same age; a year is added as twelve months, which
/// Foundation clamps the same way (29 February plus 12 months is 28 February).
public struct VaccinationAge: Sendable, Hashable, Comparable {
    public var months: Int

    public static func months(_ count: Int) -> VaccinationAge { VaccinationAge(months: count) }
    public static func years(_ count: Int) -> VaccinationAge { VaccinationAge(months: count * 12) }

    public static func < (lhs: VaccinationAge, rhs: VaccinationAge) -> Bool { lhs.months < rhs.months }

    /// Said in months up to 23 months, as the calendar says "12 mois" and "16–18 mois"; in
    /// years from 2 years.
    public func words(_ text: Catalog) -> String {
        (months < 24 || months % 12 != 0 ? Age.months(months) : Age.years(months / 12)).words(text)
    }
}

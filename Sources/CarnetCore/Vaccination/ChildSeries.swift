import Foundation

/// A dose of the children's calendar: which one it is, when it falls, and from what age a
/// dose on the card counts for it.
public struct CalendarDose: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// The n-th dose of a primary series ("first dose of…").
        case first, second, third
        /// A booster ("rappel").
        case booster
        /// The one dose the calendar asks for.
        case single
    }

    public enum When: Sendable, Equatable {
        /// At an age: "à 2 mois", "à 6 ans". Due from that day on.
        case at(VaccinationAge)
        /// Within an age window that closes at this age: "entre 16 et 18 mois".
        case by(VaccinationAge)
        /// So many months after the dose before it: "6 mois après la première".
        case afterPrevious(months: Int)
    }

    public var kind: Kind
    public var when: When
    /// A dose on the card counts for this one only when given from this age (a booster at 6
    /// years is not an infant dose given early).
    public var countsFrom: VaccinationAge?

    public init(_ kind: Kind, _ when: When, countsFrom: VaccinationAge? = nil) {
        self.kind = kind
        self.when = when
        self.countsFrom = countsFrom
    }
}

/// How a rule of the children's calendar falls due: its doses, the children it applies to
/// (by birth date, as the calendar in force for them), and the age after which carnet no
/// longer asks for it (the calendar's own catch-up limit, or 25 years, where the adult
/// rules take over).
public struct ChildSeries: Sendable, Equatable {
    /// How the series was begun, for a vaccine whose scheme depends on the age at the first
    /// dose (HPV: two doses begun by 14 years completed, three when begun later).
    public enum Start: Sendable, Equatable {
        case before(VaccinationAge)
        case from(VaccinationAge)
    }

    public var doses: [CalendarDose]
    /// The first day of birth the rule applies to ("YYYY-MM-DD"), nil: any.
    public var bornFrom: String?
    /// The first day of birth it no longer applies to.
    public var bornBefore: String?
    /// From this age the rule is no longer checked.
    public var until: VaccinationAge
    /// A single dose given from this age completes the series (the calendar's catch-up for
    /// meningococcal vaccines after 12 months).
    public var oneDoseFrom: VaccinationAge?
    public var start: Start?
    /// Children born on or after this day must have it (the law's cohorts); nil: recommended.
    public var mandatoryFrom: String?

    public init(
        _ doses: [CalendarDose], bornFrom: String? = nil, bornBefore: String? = nil, until: VaccinationAge,
        oneDoseFrom: VaccinationAge? = nil, start: Start? = nil, mandatoryFrom: String? = nil
    ) {
        self.doses = doses
        self.bornFrom = bornFrom
        self.bornBefore = bornBefore
        self.until = until
        self.oneDoseFrom = oneDoseFrom
        self.start = start
        self.mandatoryFrom = mandatoryFrom
    }

    /// Whether a child born on `birth` is in the cohort the rule applies to.
    func includes(_ birth: Date, _ calendar: Calendar) -> Bool {
        if let from = bornFrom.flatMap({ RecordDays.day($0, calendar) }), birth < from { return false }
        if let before = bornBefore.flatMap({ RecordDays.day($0, calendar) }), birth >= before { return false }
        return true
    }

    /// Whether the law makes it mandatory for a child born on `birth`.
    func isMandatory(_ birth: Date, _ calendar: Calendar) -> Bool {
        mandatoryFrom.flatMap { RecordDays.day($0, calendar) }.map { birth >= $0 } ?? false
    }
}

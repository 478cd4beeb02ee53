import Foundation

/// One recommendation of the French vaccination calendar that carnet checks. The rules live
/// in tables with their sources — `VaccinationRule.adults` and `VaccinationRule.children`,
/// together `VaccinationRule.calendar` — so that a new calendar means editing a table only.
public struct VaccinationRule: Sendable, Equatable {
    public enum ID: String, CaseIterable, Sendable {
        case infantHexavalent, infantPneumococcal, meningococcalB, meningococcalACWYInfant
        case meningococcalC, measlesMumpsRubella, dtcapPreschool, dtcapAdolescent, hpv, hpvCatchUp
        case meningococcalACWYAdolescent
        case dtpBooster, influenza, covid19
    }

    /// When the recommendation falls due.
    public enum Timing: Sendable, Equatable {
        /// Boosters at fixed ages, then every `thenEvery` years after the last fixed age.
        /// A dose less than `minimumGap` years before an appointment moves the booster to the
        /// next appointment; more than `maximumGap` years without one makes it due at once
        /// (`laterMaximumGap` from the last fixed age on).
        case fixedAges(
            [Int], thenEvery: Int, minimumGap: Int, maximumGap: Int, laterMaximumGap: Int)
        /// Once a season from `fromAge`: the campaign opens on `opens` (month, day) and a dose
        /// counts for the season from `countsFrom` (month, day) of the same year.
        case everySeason(fromAge: Int, opens: (month: Int, day: Int), countsFrom: (month: Int, day: Int))
        /// The children's calendar: doses at ages, for the children born when it applies.
        case series(ChildSeries)

        public static func == (lhs: Timing, rhs: Timing) -> Bool {
            switch (lhs, rhs) {
            case (
                .fixedAges(let a, let b, let c, let d, let e), .fixedAges(let f, let g, let h, let i, let j)
            ):
                a == f && b == g && c == h && d == i && e == j
            case (.everySeason(let a, let b, let c), .everySeason(let d, let e, let f)):
                a == d && b == e && c == f
            case (.series(let a), .series(let b)): a == b
            default: false
            }
        }
    }

    public var id: ID
    /// A dose counts for the rule when it protects against one of these (the card's disease
    /// names).
    public var diseases: Set<String>
    public var timing: Timing
    /// Where the rule comes from.
    public var source: String

    /// Every rule carnet checks: the children's first, so that a child's lines come before the
    /// adult rules far ahead of them (for an adult, no child rule speaks).
    public static let calendar: [VaccinationRule] = children + adults

    /// The French adult calendar as carnet applies it.
    public static let adults: [VaccinationRule] = [
        VaccinationRule(
            id: .dtpBooster, diseases: ["diphtheria", "tetanus", "poliomyelitis"],
            timing: .fixedAges(
                [25, 45, 65], thenEvery: 10, minimumGap: 5, maximumGap: 25, laterMaximumGap: 15),
            source: """
                Calendrier des vaccinations et recommandations vaccinales 2025, ministère de la Santé: \
                dTP boosters at 25, 45 and 65, then every 10 years; transition rules of the HCSP \
                (2013): a booster less than 5 years before a fixed age moves to the next one, more than \
                25 years without one (15 from 65) calls for one at once.
                """),
        VaccinationRule(
            id: .influenza, diseases: ["influenza"],
            timing: .everySeason(fromAge: 65, opens: (10, 15), countsFrom: (9, 1)),
            source: """
                Calendrier des vaccinations 2025: seasonal influenza vaccine every year from 65; the \
                campaign opens mid-October.
                """),
        VaccinationRule(
            id: .covid19, diseases: ["COVID-19"],
            timing: .everySeason(fromAge: 65, opens: (10, 15), countsFrom: (9, 1)),
            source: """
                HAS, stratégie de vaccination contre le Covid-19 (2024–2025): an autumn booster each \
                year for people aged 65 and over, with the influenza campaign.
                """),
    ]
}

/// Where a patient stands with one rule.
public struct VaccinationDue: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// A booster that should have been given by `since`.
        case overdue(since: Date)
        /// A seasonal dose whose campaign is open since `since` and not yet given.
        case dueThisSeason(since: Date)
        /// Nothing to do now; the next dose falls due on `on`.
        case upcoming(on: Date)
    }

    public var rule: VaccinationRule.ID
    public var status: Status
    /// The age at which the next or missed dose falls, when the rule goes by age.
    public var age: Int?
    /// Which dose of a child's series, and the age the calendar gives it; nil for the adult rules.
    public var dose: CalendarDose?
    /// Mandatory for this child's birth date (the law's cohorts), or recommended.
    public var requirement: Vaccination.Requirement

    public init(
        rule: VaccinationRule.ID, status: Status, age: Int? = nil, dose: CalendarDose? = nil,
        requirement: Vaccination.Requirement = .recommended
    ) {
        self.rule = rule
        self.status = status
        self.age = age
        self.dose = dose
        self.requirement = requirement
    }

    /// Overdue or due now, as opposed to upcoming.
    public var isDue: Bool {
        if case .upcoming = status { return false }
        return true
    }
}

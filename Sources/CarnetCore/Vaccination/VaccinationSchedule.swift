import Foundation

/// What the calendar asks of a patient today, given their card: one answer per rule of
/// `VaccinationRule.calendar` that applies to them (a child's rule says nothing for an adult,
/// nor once its series is complete).
///
/// ```swift
/// let due = VaccinationSchedule(birthDate: "1981-03-14", card: card).due(on: today)
/// ```
public struct VaccinationSchedule: Sendable {
    let birthDate: String
    let card: [Vaccination]
    let calendar: Calendar
    let rules: [VaccinationRule]

    public init(
        birthDate: String, card: [Vaccination], rules: [VaccinationRule] = VaccinationRule.calendar,
        timeZone: TimeZone = .current
    ) {
        self.birthDate = birthDate
        self.card = card
        self.rules = rules
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// Each rule's status on `today`; empty when the birth date cannot be read.
    public func due(on today: Date) -> [VaccinationDue] {
        guard let birth = day(birthDate) else { return [] }
        return rules.compactMap { rule in
            if case .series(let series) = rule.timing {
                return self.series(rule, series, birth: birth, today: today)
            }
            let doses = card.filter {
                !rule.diseases.isDisjoint(with: $0.diseases) && $0.kind != .immunization
            }
            .map(\.date).sorted()
            switch rule.timing {
            case .fixedAges(let ages, let every, let minimumGap, let maximumGap, let laterMaximumGap):
                return fixedAges(
                    rule.id, birth: birth, last: doses.last, today: today, ages: ages, every: every,
                    minimumGap: minimumGap, maximumGap: maximumGap, laterMaximumGap: laterMaximumGap)
            case .everySeason(let fromAge, let opens, let countsFrom):
                return everySeason(
                    rule.id, birth: birth, doses: doses, today: today, fromAge: fromAge, opens: opens,
                    countsFrom: countsFrom)
            case .series: return nil
            }
        }
    }

    // MARK: - Boosters at fixed ages

    private func fixedAges(
        _ id: VaccinationRule.ID, birth: Date, last: Date?, today: Date, ages: [Int], every: Int,
        minimumGap: Int, maximumGap: Int, laterMaximumGap: Int
    ) -> VaccinationDue {
        let lastFixed = ages.last ?? 0
        let appointments = ages + stride(from: lastFixed + every, through: 120, by: every)
        // The first appointment far enough after the last dose (a dose just before a fixed
        // age stands for it).
        let next = appointments.first { age in
            guard let last else { return true }
            return birthday(age, of: birth) > years(minimumGap, after: last)
        }
        guard let age = next else { return VaccinationDue(rule: id, status: .upcoming(on: .distantFuture)) }
        var dueDate = birthday(age, of: birth)
        var dueAge: Int? = age
        // Too long without a dose: due at once, not at the next fixed age.
        if let last {
            let gap = age > lastFixed ? laterMaximumGap : maximumGap
            let latest = years(gap, after: last)
            if latest < dueDate {
                dueDate = latest
                dueAge = nil
            }
        }
        let status: VaccinationDue.Status =
            dueDate <= today ? .overdue(since: dueDate) : .upcoming(on: dueDate)
        return VaccinationDue(rule: id, status: status, age: dueAge)
    }

    // MARK: - Once a season

    /// The months in which a season's campaign runs: from its opening to the end of February.
    private static let seasonCloses = (month: 3, day: 1)

    private func everySeason(
        _ id: VaccinationRule.ID, birth: Date, doses: [Date], today: Date, fromAge: Int,
        opens: (month: Int, day: Int), countsFrom: (month: Int, day: Int)
    ) -> VaccinationDue {
        let eligible = birthday(fromAge, of: birth)
        let year = calendar.component(.year, from: today)
        // The season open today, if any (it opened this year or last year); otherwise the next.
        var start = date(year, opens) <= today ? year : year - 1
        if today >= date(start + 1, Self.seasonCloses) { start += 1 }
        let opening = date(start, opens)
        if opening <= today && eligible <= today {
            let counts = date(start, countsFrom)
            let closing = date(start + 1, Self.seasonCloses)
            if !doses.contains(where: { $0 >= counts && $0 < closing }) {
                return VaccinationDue(rule: id, status: .dueThisSeason(since: max(opening, eligible)))
            }
            // Given this season: the next one.
            start += 1
        }
        // The first season from `start` that this patient is eligible for.
        while date(start + 1, Self.seasonCloses) <= eligible { start += 1 }
        let on = max(date(start, opens), eligible)
        return VaccinationDue(rule: id, status: .upcoming(on: on), age: eligible > today ? fromAge : nil)
    }

    // MARK: - Dates

    private func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// The day a person born on `birth` turns `age` (28 February for 29 February in other years).
    private func birthday(_ age: Int, of birth: Date) -> Date {
        calendar.date(byAdding: .year, value: age, to: birth) ?? birth
    }

    private func years(_ count: Int, after date: Date) -> Date {
        calendar.date(byAdding: .year, value: count, to: calendar.startOfDay(for: date)) ?? date
    }

    private func date(_ year: Int, _ monthDay: (month: Int, day: Int)) -> Date {
        calendar.date(from: DateComponents(year: year, month: monthDay.month, day: monthDay.day))
            ?? .distantPast
    }
}

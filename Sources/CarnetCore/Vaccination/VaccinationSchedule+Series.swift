import Foundation

extension VaccinationSchedule {
    /// Where a child stands with one rule of the children's calendar: the first dose of the
    /// series not yet on the card, or nil when the rule does not apply to this child today
    /// (born outside its cohort, past its age, another scheme) or the series is complete.
    ///
    /// Doses are counted disease by disease, so that a combined vaccine (the hexavalent, MMR)
    /// counts for each disease it protects against, and separate vaccines together count as
    /// the combined one: the n-th dose is given when every disease of the rule has n doses.
    func series(_ rule: VaccinationRule, _ series: ChildSeries, birth: Date, today: Date) -> VaccinationDue? {
        guard series.includes(birth, calendar) else { return nil }
        if today >= at(series.until, birth) { return nil }
        let given = Dictionary(
            uniqueKeysWithValues: rule.diseases.map { disease in
                (
                    disease,
                    card.filter { $0.kind != .immunization && $0.diseases.contains(disease) }.map(\.date)
                        .sorted()
                )
            })
        if let start = series.start, !begun(start, given: given, birth: birth, today: today) { return nil }
        if let one = series.oneDoseFrom {
            let from = at(one, birth)
            if given.values.allSatisfy({ $0.contains { $0 >= from } }) { return nil }
        }
        let matched = given.values.map { counted($0, series.doses, birth: birth) }
        let done = matched.map(\.count).min() ?? 0
        guard done < series.doses.count else { return nil }
        let dose = series.doses[done]
        let dueDate: Date
        switch dose.when {
        case .at(let age), .by(let age):
            dueDate = at(age, birth)
        case .afterPrevious(let months):
            // The latest of the diseases' previous doses: the series goes on from there.
            let previous = matched.compactMap { done > 0 ? $0[done - 1] : nil }.max() ?? birth
            dueDate =
                calendar.date(byAdding: .month, value: months, to: calendar.startOfDay(for: previous))
                ?? previous
        }
        return VaccinationDue(
            rule: rule.id, status: dueDate <= today ? .overdue(since: dueDate) : .upcoming(on: dueDate),
            dose: dose, requirement: series.isMandatory(birth, calendar) ? .mandatory : .recommended)
    }

    /// Whether the series was begun the way its scheme says: the first dose's age, or today's
    /// when none has been given.
    private func begun(_ start: ChildSeries.Start, given: [String: [Date]], birth: Date, today: Date) -> Bool
    {
        let first = given.values.compactMap(\.first).min() ?? today
        switch start {
        case .before(let age): return first < at(age, birth)
        case .from(let age): return first >= at(age, birth)
        }
    }

    /// The card's doses against one disease that stand for the series' doses, in order: each
    /// the first one after the last, given from the age the calendar dose counts from.
    private func counted(_ dates: [Date], _ doses: [CalendarDose], birth: Date) -> [Date] {
        var matched: [Date] = []
        var rest = dates[...]
        for dose in doses {
            let earliest = dose.countsFrom.map { at($0, birth) } ?? .distantPast
            guard let index = rest.firstIndex(where: { $0 >= earliest }) else { break }
            matched.append(rest[index])
            rest = rest[rest.index(after: index)...]
        }
        return matched
    }

    /// The day a child born on `birth` reaches `age`.
    private func at(_ age: VaccinationAge, _ birth: Date) -> Date {
        calendar.date(byAdding: .month, value: age.months, to: birth) ?? birth
    }
}

import Foundation

extension VaccinationDue {
    /// The status in words, as the pane and `carnet vaccinations due` say it:
    /// "Diphtheria-tetanus-polio booster overdue since 14 March 2026".
    public func words(_ text: Catalog, _ format: TextFormat, today: Date) -> String {
        let what = text[rule.phrase]
        let sentence: String
        switch status {
        case .overdue(let since):
            sentence =
                format.day(since) == format.day(today)
                ? text[.dueToday, what] : text[.dueOverdue, what, format.longDay(since)]
        case .dueThisSeason(let since):
            sentence = text[.dueSeason, what, format.longDay(since)]
        case .upcoming(let on):
            sentence =
                age.map { text[.dueOnAge, what, format.longDay(on), String($0)] }
                ?? text[.dueOn, what, format.longDay(on)]
        }
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}

extension VaccinationRule.ID {
    public var phrase: Phrase {
        switch self {
        case .dtpBooster: .ruleDTP
        case .influenza: .ruleInfluenza
        case .covid19: .ruleCovid
        }
    }
}

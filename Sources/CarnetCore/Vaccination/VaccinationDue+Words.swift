import Foundation

extension VaccinationDue {
    /// The status in words, as the pane and `carnet vaccinations due` say it:
    /// "Diphtheria-tetanus-polio booster overdue since 14 March 2026", "Second dose of
    /// measles-mumps-rubella due by 18 months, on 14 September 2027".
    public func words(_ text: Catalog, _ format: TextFormat, today: Date) -> String {
        let what = dose.map { text[$0.kind.phrase, text[rule.phrase]] } ?? text[rule.phrase]
        let sentence: String
        switch status {
        case .overdue(let since):
            sentence =
                format.day(since) == format.day(today)
                ? text[.dueToday, what] : text[.dueOverdue, what, format.longDay(since)]
        case .dueThisSeason(let since):
            sentence = text[.dueSeason, what, format.longDay(since)]
        case .upcoming(let on):
            sentence = upcoming(what, on: on, text, format)
        }
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    private func upcoming(_ what: String, on date: Date, _ text: Catalog, _ format: TextFormat) -> String {
        switch dose?.when {
        case .at(let childAge)?: text[.dueAtAge, what, childAge.words(text), format.longDay(date)]
        case .by(let childAge)?: text[.dueByAge, what, childAge.words(text), format.longDay(date)]
        case .afterPrevious?: text[.dueByDate, what, format.longDay(date)]
        case nil:
            age.map { text[.dueOnAge, what, format.longDay(date), String($0)] }
                ?? text[.dueOn, what, format.longDay(date)]
        }
    }
}

extension CalendarDose.Kind {
    var phrase: Phrase {
        switch self {
        case .first: .doseFirst
        case .second: .doseSecond
        case .third: .doseThird
        case .booster: .doseBooster
        case .single: .doseSingle
        }
    }
}

extension VaccinationRule.ID {
    public var phrase: Phrase {
        switch self {
        case .dtpBooster: .ruleDTP
        case .influenza: .ruleInfluenza
        case .covid19: .ruleCovid
        case .infantHexavalent: .ruleInfantHexavalent
        case .infantPneumococcal: .ruleInfantPneumococcal
        case .meningococcalB: .ruleMeningococcalB
        case .meningococcalACWYInfant, .meningococcalACWYAdolescent: .ruleMeningococcalACWY
        case .meningococcalC: .ruleMeningococcalC
        case .measlesMumpsRubella: .ruleMeaslesMumpsRubella
        case .dtcapPreschool, .dtcapAdolescent: .ruleDTCaP
        case .hpv, .hpvCatchUp: .ruleHPV
        }
    }
}

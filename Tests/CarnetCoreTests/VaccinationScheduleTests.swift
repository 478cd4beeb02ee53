import Foundation
import Testing

@testable import CarnetCore

/// The calendar's rules at their boundaries: the day before and the day of each fixed age,
/// ten years after a booster from 65, a booster given early, a long gap, and the seasons.
@Suite struct VaccinationScheduleTests {
    static let utc = UTCDays.zone

    func day(_ text: String) -> Date { UTCDays.noon(text) }

    func midnight(_ text: String) -> Date { UTCDays.midnight(text) }

    func dose(_ date: String, _ diseases: [String] = ["diphtheria", "tetanus", "poliomyelitis"])
        -> Vaccination
    {
        Vaccination(
            date: day(date), vaccine: "Revaxis", diseases: diseases, kind: .booster,
            requirement: .recommended,
            enteredBy: .patient)
    }

    func status(
        _ rule: VaccinationRule.ID, born: String, card: [Vaccination], on today: String
    ) -> VaccinationDue? {
        VaccinationSchedule(birthDate: born, card: card, timeZone: Self.utc).due(on: day(today))
            .first { $0.rule == rule }
    }

    @Test(arguments: [
        // (last dose, fixed age's birthday, the day before it)
        ("2012-06-01", "2025-06-15", "2025-06-14", 25),
        ("2025-06-15", "2045-06-15", "2045-06-14", 45),
        ("2045-06-15", "2065-06-15", "2065-06-14", 65),
        // From 65, every ten years.
        ("2065-06-15", "2075-06-15", "2075-06-14", 75),
        ("2075-06-15", "2085-06-15", "2085-06-14", 85),
    ])
    func theBoosterFallsDueOnItsBirthday(_ last: String, _ birthday: String, _ dayBefore: String, _ age: Int)
    {
        let card = [dose(last)]
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: card, on: dayBefore)
                == VaccinationDue(rule: .dtpBooster, status: .upcoming(on: midnight(birthday)), age: age))
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: card, on: birthday)
                == VaccinationDue(rule: .dtpBooster, status: .overdue(since: midnight(birthday)), age: age))
    }

    @Test func aBoosterGivenLessThanFiveYearsBeforeAFixedAgeStandsForIt() {
        // Given at 43: nothing at 45, the next is at 65.
        let card = [dose("2012-06-01"), dose("2043-05-01")]
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: card, on: "2045-06-15")
                == VaccinationDue(rule: .dtpBooster, status: .upcoming(on: midnight("2065-06-15")), age: 65))
        // Given at 39: more than five years before 45, so 45 still stands.
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: [dose("2039-05-01")], on: "2045-06-15")
                == VaccinationDue(rule: .dtpBooster, status: .overdue(since: midnight("2045-06-15")), age: 45)
        )
    }

    @Test func aLongGapCallsForABoosterAtOnce() {
        // The last booster at 18, now 35: due since 25.
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: [dose("2018-06-01")], on: "2035-01-01")
                == VaccinationDue(rule: .dtpBooster, status: .overdue(since: midnight("2025-06-15")), age: 25)
        )
        // Twenty-six years since the last: due at once, before the fixed age of 45.
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: [dose("2018-06-01")], on: "2045-01-01")?.status
                == .overdue(since: midnight("2025-06-15")))
        let caughtUp = [dose("2018-06-01"), dose("2035-02-01")]
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: caughtUp, on: "2035-03-01")
                == VaccinationDue(rule: .dtpBooster, status: .upcoming(on: midnight("2045-06-15")), age: 45))
        // After 65, a missed fixed age stays due.
        #expect(
            status(.dtpBooster, born: "1940-01-10", card: [dose("2008-01-10")], on: "2026-11-26")
                == VaccinationDue(rule: .dtpBooster, status: .overdue(since: midnight("2015-01-10")), age: 75)
        )
    }

    @Test func noDoseAtAllIsDueFromTwentyFive() {
        #expect(
            status(.dtpBooster, born: "1990-01-01", card: [], on: "2026-11-26")?.status
                == .overdue(since: midnight("2015-01-01")))
    }

    @Test func onlyDosesAgainstTheRuleDiseasesCount() {
        let card = [dose("2012-06-01"), dose("2024-10-20", ["influenza"])]
        #expect(
            status(.dtpBooster, born: "2000-06-15", card: card, on: "2026-01-01")?.status
                == .overdue(since: midnight("2025-06-15")))
    }

    @Test func influenzaIsDueEachAutumnFromSixtyFive() {
        let born = "1950-02-01"
        #expect(
            status(.influenza, born: born, card: [], on: "2026-10-14")?.status
                == .upcoming(on: midnight("2026-10-15")))
        #expect(
            status(.influenza, born: born, card: [], on: "2026-10-15")?.status
                == .dueThisSeason(since: midnight("2026-10-15")))
        #expect(
            status(.influenza, born: born, card: [], on: "2027-02-10")?.status
                == .dueThisSeason(since: midnight("2026-10-15")))
        // Given this season (from September): nothing until next autumn.
        let given = [dose("2026-09-20", ["influenza"])]
        #expect(
            status(.influenza, born: born, card: given, on: "2026-11-26")?.status
                == .upcoming(on: midnight("2027-10-15")))
        // Last season's dose does not count for this one.
        let lastSeason = [dose("2025-10-20", ["influenza"])]
        #expect(
            status(.influenza, born: born, card: lastSeason, on: "2026-11-26")?.status
                == .dueThisSeason(since: midnight("2026-10-15")))
    }

    @Test func beforeSixtyFiveTheFirstSeasonIsAnnounced() {
        // 65 in March 2046, after that season's campaign: the first is autumn 2046.
        #expect(
            status(.influenza, born: "1981-03-14", card: [], on: "2026-11-26")
                == VaccinationDue(rule: .influenza, status: .upcoming(on: midnight("2046-10-15")), age: 65))
        // 65 in November: due from the birthday, within that season.
        #expect(
            status(.covid19, born: "1961-11-01", card: [], on: "2026-10-20")
                == VaccinationDue(rule: .covid19, status: .upcoming(on: midnight("2026-11-01")), age: 65))
        #expect(
            status(.covid19, born: "1961-11-01", card: [], on: "2026-11-01")?.status
                == .dueThisSeason(since: midnight("2026-11-01")))
    }

    @Test func theDemoPatientsBoosterAtFortyFiveIsOverdue() {
        let due = VaccinationSchedule(
            birthDate: DemoCast.patient.birthDate, card: DemoVaccinations.card, timeZone: Self.utc
        ).due(on: DemoRecord.today)
        #expect(due.first { $0.rule == .dtpBooster }?.status == .overdue(since: midnight("2026-03-14")))
        #expect(due.filter(\.isDue).count == 1)
    }

    @Test func everyRuleNamesItsSource() {
        #expect(VaccinationRule.calendar.map(\.id) == VaccinationRule.ID.allCases)
        #expect(VaccinationRule.calendar.allSatisfy { !$0.source.isEmpty })
    }
}

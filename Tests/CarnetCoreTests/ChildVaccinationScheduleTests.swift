import Foundation
import Testing

@testable import CarnetCore

/// The children's calendar: each dose on the day before and the day of its age, the cohorts
/// by birth date (2018, July 2023, 1980), combined vaccines, the schemes that depend on the
/// age at the first dose, the words in both languages, and an adult's card unchanged.
@Suite struct ChildVaccinationScheduleTests {
    static let utc = UTCDays.zone
    static let hexavalent = ["diphtheria", "tetanus", "pertussis", "poliomyelitis", "Hib", "hepatitis B"]
    static let acwy = ["meningococcus A", "meningococcus C", "meningococcus W", "meningococcus Y"]
    static let dtcap = ["diphtheria", "tetanus", "pertussis", "poliomyelitis"]

    func day(_ text: String) -> Date { UTCDays.noon(text) }

    func midnight(_ text: String) -> Date { UTCDays.midnight(text) }

    func dose(_ date: String, _ diseases: [String], vaccine: String = "a vaccine") -> Vaccination {
        Vaccination(
            date: day(date), vaccine: vaccine, diseases: diseases, kind: .primary, requirement: .recommended,
            enteredBy: .patient)
    }

    func due(born: String, card: [Vaccination], on today: String) -> [VaccinationDue] {
        due(born: born, card: card, at: day(today))
    }

    func due(born: String, card: [Vaccination], at today: Date) -> [VaccinationDue] {
        VaccinationSchedule(birthDate: born, card: card, timeZone: Self.utc).due(on: today)
    }

    func status(_ rule: VaccinationRule.ID, born: String, card: [Vaccination] = [], on today: String)
        -> VaccinationDue?
    {
        due(born: born, card: card, on: today).first { $0.rule == rule }
    }

    // MARK: - Each dose at its age

    @Test(arguments: [
        // (rule, diseases of the doses already given, their dates, the age's day, its kind)
        (VaccinationRule.ID.infantHexavalent, hexavalent, [String](), "2026-05-14", CalendarDose.Kind.first),
        (.infantHexavalent, hexavalent, ["2026-05-14"], "2026-07-14", .second),
        (.infantHexavalent, hexavalent, ["2026-05-14", "2026-07-14"], "2027-02-14", .booster),
        (.infantPneumococcal, ["pneumococcus"], [], "2026-05-14", .first),
        (.infantPneumococcal, ["pneumococcus"], ["2026-05-14"], "2026-07-14", .second),
        (.infantPneumococcal, ["pneumococcus"], ["2026-05-14", "2026-07-14"], "2027-02-14", .booster),
        (.meningococcalB, ["meningococcus B"], [], "2026-06-14", .first),
        (.meningococcalB, ["meningococcus B"], ["2026-06-14"], "2026-08-14", .second),
        (.meningococcalB, ["meningococcus B"], ["2026-06-14", "2026-08-14"], "2027-03-14", .booster),
        (.meningococcalACWYInfant, acwy, [], "2026-09-14", .first),
        (.meningococcalACWYInfant, acwy, ["2026-09-14"], "2027-03-14", .booster),
        (.measlesMumpsRubella, ["measles", "mumps", "rubella"], [], "2027-03-14", .first),
        (.measlesMumpsRubella, ["measles", "mumps", "rubella"], ["2027-03-14"], "2027-09-14", .second),
    ])
    func anInfantsDoseIsUpcomingTheDayBeforeItsAgeAndOverdueOnIt(
        _ rule: VaccinationRule.ID, _ diseases: [String], _ given: [String], _ ageDay: String,
        _ kind: CalendarDose.Kind
    ) throws {
        let born = "2026-03-14"
        let card = given.map { dose($0, diseases) }
        let dayBefore = day(ageDay).addingTimeInterval(-86_400)
        let before = try #require(due(born: born, card: card, at: dayBefore).first { $0.rule == rule })
        #expect(before.status == .upcoming(on: midnight(ageDay)))
        #expect(before.dose?.kind == kind)
        #expect(before.requirement == .mandatory)
        let on = try #require(status(rule, born: born, card: card, on: ageDay))
        #expect(on.status == .overdue(since: midnight(ageDay)))
    }

    @Test func theBoostersOfChildhoodAndAdolescenceFallAtTheirAges() throws {
        let born = "2019-05-10"
        let infant = ["2019-07-10", "2019-09-10", "2020-04-10"].map { dose($0, Self.hexavalent) }
        #expect(
            status(.dtcapPreschool, born: born, card: infant, on: "2025-05-09")?.status
                == .upcoming(on: midnight("2025-05-10")))
        #expect(
            status(.dtcapPreschool, born: born, card: infant, on: "2025-05-10")?.status
                == .overdue(since: midnight("2025-05-10")))
        // The infant doses do not stand for the booster at 6; a dose at 6 does.
        let six = infant + [dose("2025-06-01", Self.dtcap)]
        #expect(status(.dtcapPreschool, born: born, card: six, on: "2026-01-01") == nil)
        // Between 11 and 13: due by 13; the dose at 6 does not stand for it.
        let adolescent = try #require(status(.dtcapAdolescent, born: born, card: six, on: "2032-05-09"))
        #expect(adolescent.status == .upcoming(on: midnight("2032-05-10")))
        #expect(adolescent.dose == CalendarDose(.booster, .by(.years(13)), countsFrom: .years(11)))
        #expect(
            status(.dtcapAdolescent, born: born, card: six, on: "2032-05-10")?.status
                == .overdue(since: midnight("2032-05-10")))
        let twelve = six + [dose("2031-09-01", Self.dtcap)]
        #expect(status(.dtcapAdolescent, born: born, card: twelve, on: "2032-05-10") == nil)
        // Missed at 6 and still missing at 11: the adolescent booster speaks instead.
        #expect(status(.dtcapPreschool, born: born, card: infant, on: "2030-05-10") == nil)
        #expect(status(.dtcapPreschool, born: born, card: infant, on: "2030-05-09") != nil)
    }

    @Test func meningococcalACWYForAdolescentsIsDueBy15AndCaughtUpTo24() {
        let born = "2010-02-01"
        #expect(
            status(.meningococcalACWYAdolescent, born: born, on: "2025-01-31")?.status
                == .upcoming(on: midnight("2025-02-01")))
        #expect(
            status(.meningococcalACWYAdolescent, born: born, on: "2025-02-01")?.status
                == .overdue(since: midnight("2025-02-01")))
        #expect(status(.meningococcalACWYAdolescent, born: born, on: "2035-01-31") != nil)
        #expect(status(.meningococcalACWYAdolescent, born: born, on: "2035-02-01") == nil)
        // A dose before 11 does not count; one at 12 does.
        #expect(
            status(
                .meningococcalACWYAdolescent, born: born, card: [dose("2019-01-01", Self.acwy)],
                on: "2026-01-01")
                != nil)
        #expect(
            status(
                .meningococcalACWYAdolescent, born: born, card: [dose("2022-06-01", Self.acwy)],
                on: "2026-01-01")
                == nil)
    }

    // MARK: - HPV: two doses begun by 14, three when begun later

    @Test func hpvBegunBefore15TakesTwoDoses() throws {
        let born = "2012-04-20"
        let before = try #require(status(.hpv, born: born, on: "2027-04-19"))
        #expect(before.status == .upcoming(on: midnight("2027-04-20")))
        #expect(before.dose?.kind == .first)
        let one = [dose("2024-05-02", ["HPV"], vaccine: "Gardasil 9")]
        #expect(
            status(.hpv, born: born, card: one, on: "2025-06-01")
                == VaccinationDue(
                    rule: .hpv, status: .upcoming(on: midnight("2025-06-02")),
                    dose: CalendarDose(.second, .afterPrevious(months: 13))))
        #expect(status(.hpvCatchUp, born: born, card: one, on: "2025-06-01") == nil)
        let two = one + [dose("2024-11-05", ["HPV"])]
        #expect(status(.hpv, born: born, card: two, on: "2025-06-01") == nil)
    }

    @Test func hpvNotBegunBy15IsTheThreeDoseCatchUpUntil20() {
        let born = "2012-04-20"
        // On the 15th birthday the two-dose scheme gives way to the catch-up, due at once.
        #expect(status(.hpv, born: born, on: "2027-04-20") == nil)
        #expect(
            status(.hpvCatchUp, born: born, on: "2027-04-20")?.status
                == .overdue(since: midnight("2027-04-20")))
        let one = [dose("2028-01-10", ["HPV"])]
        #expect(
            status(.hpvCatchUp, born: born, card: one, on: "2028-02-01")
                == VaccinationDue(
                    rule: .hpvCatchUp, status: .upcoming(on: midnight("2028-03-10")),
                    dose: CalendarDose(.second, .afterPrevious(months: 2))))
        let two = one + [dose("2028-03-12", ["HPV"])]
        #expect(
            status(.hpvCatchUp, born: born, card: two, on: "2028-04-01")?.status
                == .upcoming(on: midnight("2028-07-12")))
        #expect(status(.hpvCatchUp, born: born, on: "2032-04-19") != nil)
        #expect(status(.hpvCatchUp, born: born, on: "2032-04-20") == nil)
    }

    // MARK: - Cohorts by birth date

    @Test func theElevenAreMandatoryForChildrenBornFrom2018() {
        let before = status(.infantHexavalent, born: "2017-12-31", on: "2018-03-01")
        let from = status(.infantHexavalent, born: "2018-01-01", on: "2018-03-01")
        #expect(before?.requirement == .recommended)
        #expect(from?.requirement == .mandatory)
        #expect(
            status(.measlesMumpsRubella, born: "2017-12-31", on: "2019-01-01")?.requirement == .recommended)
        #expect(status(.measlesMumpsRubella, born: "2018-01-01", on: "2019-01-01")?.requirement == .mandatory)
        // Boosters after infancy stay recommended.
        #expect(status(.dtcapPreschool, born: "2019-01-01", on: "2025-01-01")?.requirement == .recommended)
    }

    @Test func meningococcalCBecomesACWYAndBForChildrenBornFromJuly2023() {
        let june = due(born: "2023-06-30", card: [], on: "2023-09-01").map(\.rule)
        let july = due(born: "2023-07-01", card: [], on: "2023-09-01").map(\.rule)
        #expect(june.contains(.meningococcalC))
        #expect(!june.contains(.meningococcalB) && !june.contains(.meningococcalACWYInfant))
        #expect(!july.contains(.meningococcalC))
        #expect(july.contains(.meningococcalB) && july.contains(.meningococcalACWYInfant))
        // Before 2018, meningococcal C was not in this rule's cohort.
        #expect(!due(born: "2017-12-31", card: [], on: "2018-03-01").map(\.rule).contains(.meningococcalC))
    }

    @Test func fromTwelveMonthsOneMeningococcalDoseCompletesTheSeries() {
        // Born in 2023, meningococcal C at 5 months before the change, ACWY at 14 months.
        let card = [dose("2024-01-15", ["meningococcus C"]), dose("2024-10-15", Self.acwy)]
        #expect(status(.meningococcalACWYInfant, born: "2023-08-15", card: card, on: "2024-11-01") == nil)
        // A C-only dose after 12 months does not complete ACWY.
        let conly = [dose("2024-10-15", ["meningococcus C"])]
        #expect(status(.meningococcalACWYInfant, born: "2023-08-15", card: conly, on: "2024-11-01") != nil)
        // One dose of C from 12 months completes the C series.
        #expect(
            status(
                .meningococcalC, born: "2019-01-01", card: [dose("2020-03-01", ["meningococcus C"])],
                on: "2021-01-01")
                == nil)
    }

    @Test func measlesMumpsRubellaIsCaughtUpForThoseBornSince1980UntilTwentyFive() {
        #expect(status(.measlesMumpsRubella, born: "1979-12-31", on: "1999-06-01") == nil)
        #expect(
            status(.measlesMumpsRubella, born: "1980-01-01", on: "1999-06-01")?.status
                == .overdue(since: midnight("1981-01-01")))
        #expect(status(.measlesMumpsRubella, born: "2001-06-01", on: "2026-05-31") != nil)
        #expect(status(.measlesMumpsRubella, born: "2001-06-01", on: "2026-06-01") == nil)
    }

    @Test func infantRulesStopAtTheCalendarsCatchUpLimits() {
        #expect(status(.infantPneumococcal, born: "2024-03-01", on: "2026-02-28") != nil)
        #expect(status(.infantPneumococcal, born: "2024-03-01", on: "2026-03-01") == nil)
        #expect(status(.infantHexavalent, born: "2024-03-01", on: "2029-02-28") != nil)
        #expect(status(.infantHexavalent, born: "2024-03-01", on: "2029-03-01") == nil)
        #expect(status(.meningococcalB, born: "2024-03-01", on: "2026-03-01") == nil)
    }

    // MARK: - Combined vaccines

    @Test func aCombinedVaccineCountsForEachDiseaseAndSeparateOnesTogether() {
        let born = "2026-03-14"
        #expect(
            status(
                .infantHexavalent, born: born, card: [dose("2026-05-14", Self.hexavalent)], on: "2026-06-01")?
                .dose?.kind == .second)
        // A pentavalent without hepatitis B leaves the first dose open; with a hepatitis B
        // vaccine the same day, both together are the first dose.
        let pentavalent = dose("2026-05-14", ["diphtheria", "tetanus", "pertussis", "poliomyelitis", "Hib"])
        #expect(
            status(.infantHexavalent, born: born, card: [pentavalent], on: "2026-06-01")?.dose?.kind == .first
        )
        let both = [pentavalent, dose("2026-05-14", ["hepatitis B"])]
        #expect(status(.infantHexavalent, born: born, card: both, on: "2026-06-01")?.dose?.kind == .second)
        // An immunisation (antibodies) is not a dose.
        var antibodies = dose("2026-05-14", Self.hexavalent)
        antibodies.kind = .immunization
        #expect(
            status(.infantHexavalent, born: born, card: [antibodies], on: "2026-06-01")?.dose?.kind == .first)
    }

    @Test func theCommonChildVaccinesBringTheirDiseases() {
        #expect(CommonVaccine.named("infanrix hexa")?.diseases == Self.hexavalent)
        #expect(CommonVaccine.named("Nimenrix")?.diseases == Self.acwy)
        #expect(CommonVaccine.named("Bexsero")?.diseases == ["meningococcus B"])
        #expect(CommonVaccine.named("Priorix")?.diseases == ["measles", "mumps", "rubella"])
    }

    @Test(arguments: [
        // (vaccine, born, given, requirement on the card)
        ("Infanrix Hexa", "2025-01-10", "2025-03-10", Vaccination.Requirement.mandatory),
        ("Infanrix Hexa", "2017-12-31", "2018-02-28", .recommended),
        ("Priorix", "2019-02-01", "2020-07-31", .mandatory),
        // The law's doses are those of the first 18 months.
        ("Priorix", "2019-02-01", "2020-08-01", .recommended),
        ("Bexsero", "2023-06-30", "2023-09-30", .recommended),
        ("Bexsero", "2023-07-01", "2023-10-01", .mandatory),
        ("Gardasil 9", "2012-04-20", "2024-05-02", .recommended),
    ])
    func aChildsNewCardLineIsMandatoryWhenTheLawRequiresIt(
        _ vaccine: String, _ born: String, _ given: String, _ requirement: Vaccination.Requirement
    ) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.utc
        let line = try VaccinationEntry(vaccine: vaccine, date: day(given), kind: .primary).checked(
            birthDate: born, now: day("2026-12-01"), enteredBy: .patient, calendar: calendar)
        #expect(line.requirement == requirement)
    }

    // MARK: - Adults

    @Test func anAdultsCardIsUnchanged() {
        let card = DemoVaccinations.card
        let all = VaccinationSchedule(birthDate: DemoCast.patient.birthDate, card: card, timeZone: Self.utc)
        let adults = VaccinationSchedule(
            birthDate: DemoCast.patient.birthDate, card: card, rules: VaccinationRule.adults,
            timeZone: Self.utc)
        #expect(all.due(on: DemoRecord.today) == adults.due(on: DemoRecord.today))
        #expect(all.due(on: DemoRecord.today).map(\.rule) == [.dtpBooster, .influenza, .covid19])
        // From 25 no child rule speaks, even with an empty card.
        #expect(
            due(born: "2001-06-01", card: [], on: "2026-06-01").map(\.rule) == [
                .dtpBooster, .influenza, .covid19,
            ])
    }

    @Test func everyChildRuleNamesItsSourceAndStopsBy25() {
        for rule in VaccinationRule.children {
            #expect(rule.source.contains("alendrier") || rule.source.contains("écret"), "\(rule.id)")
            guard case .series(let series) = rule.timing else {
                Issue.record("\(rule.id) is not a series")
                continue
            }
            #expect(series.until <= .years(25), "\(rule.id)")
        }
    }

    // MARK: - Words

    /// (rule, born, doses given: date and diseases, today, English, French)
    static let lines: [(VaccinationRule.ID, String, [(String, [String])], String, String, String)] = [
        (
            .measlesMumpsRubella, "2026-03-14", [("2027-03-14", ["measles", "mumps", "rubella"])],
            "2027-04-01",
            "Second dose of measles-mumps-rubella due by 18 months, on 14 September 2027",
            "Deuxième dose de rougeole-oreillons-rubéole à faire avant 18 mois, le 14 septembre 2027"
        ),
        (
            .infantHexavalent, "2026-03-14", [], "2026-04-01",
            "First dose of DTaP-IPV-Hib-HepB (6-in-1) due at 2 months, on 14 May 2026",
            "Première dose de DTCaP-Hib-HepB (hexavalent) à faire à 2 mois, le 14 mai 2026"
        ),
        (
            .infantHexavalent, "2026-03-14", [], "2026-05-14",
            "First dose of DTaP-IPV-Hib-HepB (6-in-1) due today",
            "Première dose de DTCaP-Hib-HepB (hexavalent) à faire aujourd’hui"
        ),
        (
            .infantPneumococcal, "2026-03-14",
            [("2026-05-14", ["pneumococcus"]), ("2026-07-14", ["pneumococcus"])],
            "2027-03-01", "Pneumococcal vaccine booster overdue since 14 February 2027",
            "Rappel pneumocoque en retard depuis le 14 février 2027"
        ),
        (
            .dtcapPreschool, "2019-05-10", [], "2025-01-01",
            "Diphtheria-tetanus-pertussis-polio booster due at 6 years, on 10 May 2025",
            "Rappel diphtérie-tétanos-coqueluche-poliomyélite à faire à 6 ans, le 10 mai 2025"
        ),
        (
            .meningococcalACWYAdolescent, "2012-04-20", [], "2025-01-01",
            "Meningococcal ACWY vaccine due by 15 years, on 20 April 2027",
            "Vaccin méningocoques ACWY à faire avant 15 ans, le 20 avril 2027"
        ),
        (
            .hpv, "2012-04-20", [("2024-05-02", ["HPV"])], "2025-01-01",
            "Second dose of HPV vaccine due by 2 June 2025",
            "Deuxième dose de vaccin contre les papillomavirus à faire avant le 2 juin 2025"
        ),
    ]

    @Test(arguments: lines.indices)
    func theDueLineInEnglishAndFrench(_ index: Int) throws {
        let (rule, born, given, today, english, french) = Self.lines[index]
        let line = try #require(status(rule, born: born, card: given.map { dose($0.0, $0.1) }, on: today))
        #expect(line.words(Catalog(.en), TextFormat(.en, timeZone: Self.utc), today: day(today)) == english)
        #expect(line.words(Catalog(.fr), TextFormat(.fr, timeZone: Self.utc), today: day(today)) == french)
    }
}

import Foundation

extension VaccinationRule {
    /// The French calendar for children and adolescents as carnet applies it, each rule with
    /// the children it applies to (by birth date) and the age it stops at: its catch-up limit
    /// in the calendar, and at most 25 years, where the adult rules take over.
    ///
    /// Sources: *Calendrier des vaccinations et recommandations vaccinales 2025*, ministère de
    /// la Santé (and the 2024 edition before it); code de la santé publique L.3111-2 and
    /// R.3111-2 as written by loi n° 2017-1836 du 30 décembre 2017 (art. 49) and décret
    /// n° 2018-42 du 25 janvier 2018 (the eleven vaccinations mandatory for children born from
    /// 1 January 2018, given in the first 18 months at the calendar's ages); décret n° 2024-694
    /// du 5 juillet 2024 (meningococcal ACWY and B mandatory from 1 January 2025 in place of
    /// meningococcal C, following the HAS recommendation of March 2024). The calendar's tables
    /// were read through published summaries of it: the ministry's announcement of December
    /// 2024, mesvaccins.net (GEVACCIN) on décret 2024-694, and Dr J.-B. Fron's
    /// *recommandations-médicales* (calendrier 2024–2026 and the catch-up age limits).
    ///
    /// Left out, with the reason: rotavirus (two or three doses depending on the vaccine given),
    /// BCG and varicella (for children at risk only), influenza for children (proposed, not in
    /// the general calendar), the hepatitis B catch-up scheme from 11 to 15 years (it depends
    /// on the vaccine and dosage used), and the 2025 HAS extension of the HPV catch-up to 26
    /// years (past 25, the adult rules apply as before).
    public static let children: [VaccinationRule] = [
        VaccinationRule(
            id: .infantHexavalent,
            diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis", "Hib", "hepatitis B"],
            timing: .series(
                ChildSeries(
                    twoFourAndElevenMonths,
                    until: .years(5), mandatoryFrom: law2018)),
            source: """
                Calendrier des vaccinations 2025: DTCaP-Hib-HepB (hexavalent) at 2 and 4 months, \
                booster at 11 months; mandatory for children born from 1 January 2018 (loi \
                2017-1836, décret 2018-42). Checked until 5 years, the calendar's catch-up limit \
                for Hib; the DTCaP boosters at 6 and 11–13 years follow.
                """),
        VaccinationRule(
            id: .infantPneumococcal, diseases: ["pneumococcus"],
            timing: .series(
                ChildSeries(
                    twoFourAndElevenMonths,
                    until: .years(2), mandatoryFrom: law2018)),
            source: """
                Calendrier des vaccinations 2025: pneumococcal conjugate vaccine at 2 and 4 months, \
                booster at 11 months; catch-up up to 23 months; mandatory for children born from \
                1 January 2018.
                """),
        VaccinationRule(
            id: .meningococcalB, diseases: ["meningococcus B"],
            timing: .series(
                ChildSeries(
                    [
                        CalendarDose(.first, .at(.months(3))), CalendarDose(.second, .at(.months(5))),
                        CalendarDose(.booster, .at(.months(12))),
                    ],
                    bornFrom: meningococcalCohort, until: .years(2), mandatoryFrom: meningococcalCohort)),
            source: """
                Décret 2024-694 du 5 juillet 2024 and calendrier des vaccinations 2025: \
                meningococcal B mandatory from 1 January 2025 for every infant, including those \
                born from July 2023; doses at 3 and 5 months, booster at 12 months, begun before \
                2 years.
                """),
        VaccinationRule(
            id: .meningococcalACWYInfant,
            diseases: ["meningococcus A", "meningococcus C", "meningococcus W", "meningococcus Y"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.first, .at(.months(6))), CalendarDose(.booster, .at(.months(12)))],
                    bornFrom: meningococcalCohort, until: .years(2), oneDoseFrom: .months(12),
                    mandatoryFrom: meningococcalCohort)),
            source: """
                Décret 2024-694 du 5 juillet 2024 and calendrier des vaccinations 2025 (HAS, March \
                2024): meningococcal ACWY in place of C, mandatory from 1 January 2025 for every \
                infant, including those born from July 2023; a dose at 6 months and a booster at \
                12 months; from 12 months a single dose, up to 2 years (HAS, March 2025).
                """),
        VaccinationRule(
            id: .meningococcalC, diseases: ["meningococcus C"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.first, .at(.months(5))), CalendarDose(.booster, .at(.months(12)))],
                    bornFrom: law2018, bornBefore: meningococcalCohort, until: .years(11),
                    oneDoseFrom: .months(12), mandatoryFrom: law2018)),
            source: """
                Calendriers des vaccinations 2018–2024 (HCSP, 9 December 2016): meningococcal C at \
                5 months and a booster at 12 months, a single dose from 12 months; mandatory for \
                children born from 1 January 2018 (loi 2017-1836). Children born from July 2023 \
                follow the ACWY rule instead (décret 2024-694). From 11 years, the adolescent ACWY \
                dose covers C.
                """),
        VaccinationRule(
            id: .measlesMumpsRubella, diseases: ["measles", "mumps", "rubella"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.first, .at(.months(12))), CalendarDose(.second, .by(.months(18)))],
                    bornFrom: "1980-01-01", until: .years(25), mandatoryFrom: law2018)),
            source: """
                Calendrier des vaccinations 2025: measles-mumps-rubella at 12 months and between 16 \
                and 18 months; two doses in all for everyone born since 1980 (catch-up, here up to \
                25 years); mandatory for children born from 1 January 2018.
                """),
        VaccinationRule(
            id: .dtcapPreschool, diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.booster, .at(.years(6)), countsFrom: .years(6))], until: .years(11))),
            source: """
                Calendrier des vaccinations 2025: DTCaP booster at 6 years. From 11 years the \
                adolescent booster stands for a missed one (DTCaP at 11–13 years if the 6-year \
                booster was missed).
                """),
        VaccinationRule(
            id: .dtcapAdolescent, diseases: ["diphtheria", "tetanus", "pertussis", "poliomyelitis"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.booster, .by(.years(13)), countsFrom: .years(11))], until: .years(25))),
            source: """
                Calendrier des vaccinations 2025: dTcaP booster between 11 and 13 years; the next \
                is the adult booster at 25 years.
                """),
        VaccinationRule(
            id: .hpv, diseases: ["HPV"],
            timing: .series(
                ChildSeries(
                    [
                        CalendarDose(.first, .by(.years(15)), countsFrom: .years(11)),
                        CalendarDose(.second, .afterPrevious(months: 13)),
                    ],
                    until: .years(20), start: .before(.years(15)))),
            source: """
                Calendrier des vaccinations 2025: HPV vaccine for girls and boys from 11 to 14 years \
                completed, two doses 6 to 13 months apart.
                """),
        VaccinationRule(
            id: .hpvCatchUp, diseases: ["HPV"],
            timing: .series(
                ChildSeries(
                    [
                        CalendarDose(.first, .at(.years(15))),
                        CalendarDose(.second, .afterPrevious(months: 2)),
                        CalendarDose(.third, .afterPrevious(months: 4)),
                    ],
                    until: .years(20), start: .from(.years(15)))),
            source: """
                Calendrier des vaccinations 2025: HPV catch-up from 15 to 19 years completed, three \
                doses at 0, 2 and 6 months.
                """),
        VaccinationRule(
            id: .meningococcalACWYAdolescent,
            diseases: ["meningococcus A", "meningococcus C", "meningococcus W", "meningococcus Y"],
            timing: .series(
                ChildSeries(
                    [CalendarDose(.single, .by(.years(15)), countsFrom: .years(11))], until: .years(25))),
            source: """
                Calendrier des vaccinations 2025 (HAS, March 2024, recalled in March 2025): one \
                dose of meningococcal ACWY vaccine for adolescents from 11 to 14 years completed; \
                catch-up from 15 to 24 years completed.
                """),
    ]

    /// The infant schedule of the hexavalent and pneumococcal vaccines in the 2025 calendar:
    /// two doses at 2 and 4 months, a booster at 11 months.
    static let twoFourAndElevenMonths = [
        CalendarDose(.first, .at(.months(2))), CalendarDose(.second, .at(.months(4))),
        CalendarDose(.booster, .at(.months(11))),
    ]

    /// Children born from this day have the eleven mandatory vaccinations (loi 2017-1836).
    static let law2018 = "2018-01-01"
    /// The cohort décret 2024-694 applies to from 1 January 2025: infants born from July 2023.
    static let meningococcalCohort = "2023-07-01"
}

extension Catalog {
    // Words of the children's calendar: the vaccines as the calendar names them, which dose,
    // and the age it falls at ("Second dose of measles-mumps-rubella due by 18 months, on 14
    // September 2027").
    static let childVaccinationsEnglish: [Phrase: String] = [
        .ruleInfantHexavalent: "DTaP-IPV-Hib-HepB (6-in-1)",
        .ruleInfantPneumococcal: "pneumococcal vaccine",
        .ruleMeningococcalB: "meningococcal B vaccine",
        .ruleMeningococcalACWY: "meningococcal ACWY vaccine",
        .ruleMeningococcalC: "meningococcal C vaccine",
        .ruleMeaslesMumpsRubella: "measles-mumps-rubella",
        .ruleDTCaP: "diphtheria-tetanus-pertussis-polio",
        .ruleHPV: "HPV vaccine",
        .doseFirst: "first dose of {1}",
        .doseSecond: "second dose of {1}",
        .doseThird: "third dose of {1}",
        .doseBooster: "{1} booster",
        .doseSingle: "{1}",
        .dueAtAge: "{1} due at {2}, on {3}",
        .dueByAge: "{1} due by {2}, on {3}",
        .dueByDate: "{1} due by {2}",
    ]

    static let childVaccinationsFrench: [Phrase: String] = [
        .ruleInfantHexavalent: "DTCaP-Hib-HepB (hexavalent)",
        .ruleInfantPneumococcal: "pneumocoque",
        .ruleMeningococcalB: "méningocoque B",
        .ruleMeningococcalACWY: "méningocoques ACWY",
        .ruleMeningococcalC: "méningocoque C",
        .ruleMeaslesMumpsRubella: "rougeole-oreillons-rubéole",
        .ruleDTCaP: "diphtérie-tétanos-coqueluche-poliomyélite",
        .ruleHPV: "vaccin contre les papillomavirus",
        .doseFirst: "première dose de {1}",
        .doseSecond: "deuxième dose de {1}",
        .doseThird: "troisième dose de {1}",
        .doseBooster: "rappel {1}",
        .doseSingle: "vaccin {1}",
        .dueAtAge: "{1} à faire à {2}, le {3}",
        .dueByAge: "{1} à faire avant {2}, le {3}",
        .dueByDate: "{1} à faire avant le {2}",
    ]
}

extension Catalog {
    // Words of the vaccination card, its checks and what is due.
    static let vaccinationsEnglish: [Phrase: String] = [
        .vaccineEmpty: "the vaccine is empty: type its name or choose one from the list.",
        .vaccineNoDisease:
            "carnet does not know which diseases {1} protects against: type them, separated by commas.",
        .vaccineInFuture: "{1} is in the future: a vaccination is entered once it has been given.",
        .vaccineBeforeBirth: "that date is before your birth ({1}).",
        .vaccineTooLong: "the {1} is longer than {2} characters.",
        .deniedNotAVaccinator:
            "this profession does not vaccinate (physicians, midwives, nurses and pharmacists do)",
        .vaccinationAdded: "Added {1} to the vaccination card (id {2}).",
        .tableVaccine: "VACCINE", .tableKind: "KIND", .tableLot: "LOT", .tableAgainst: "AGAINST",
        .keyOpenVaccination: "Show the line whole", .keyFilterDisease: "Filter by disease",
        .filterDiseaseTitle: "Show the vaccinations against", .everyDisease: "Every disease",
        .onlyAgainst: "only against {1}", .everyLine: "every line",
        .announceVaccinationOpened: "Vaccination opened: {1}", .vaccinationTitle: "Vaccination: {1}",
        .fieldVaccinator: "Vaccinator", .fieldEnteredBy: "Entered by",
        .enteredByPatient: "you, the patient", .enteredByProfessional: "a health professional",
        .ruleDTP: "diphtheria-tetanus-polio booster",
        .ruleInfluenza: "influenza vaccine",
        .ruleCovid: "COVID-19 booster",
        .dueOverdue: "{1} overdue since {2}",
        .dueToday: "{1} due today",
        .dueSeason: "{1} due this season, since {2}",
        .dueOn: "{1} due on {2}",
        .dueOnAge: "{1} due on {2} (at {3})",
        .nothingDue: "No vaccination is due.",
        .nextDue: "Next: {1}",
    ]

    static let vaccinationsFrench: [Phrase: String] = [
        .vaccineEmpty: "le vaccin est vide : tapez son nom ou choisissez-le dans la liste.",
        .vaccineNoDisease:
            "carnet ne sait pas contre quelles maladies {1} protège : tapez-les, séparées par des virgules.",
        .vaccineInFuture: "le {1} est dans le futur : une vaccination se saisit une fois faite.",
        .vaccineBeforeBirth: "cette date est antérieure à votre naissance ({1}).",
        .vaccineTooLong: "le champ {1} dépasse {2} caractères.",
        .deniedNotAVaccinator:
            "cette profession ne vaccine pas (médecins, sages-femmes, infirmiers et pharmaciens le font)",
        .vaccinationAdded: "{1} ajouté au carnet de vaccination (id {2}).",
        .tableVaccine: "VACCIN", .tableKind: "TYPE", .tableLot: "LOT", .tableAgainst: "CONTRE",
        .keyOpenVaccination: "Afficher la ligne en entier", .keyFilterDisease: "Filtrer par maladie",
        .filterDiseaseTitle: "Afficher les vaccinations contre", .everyDisease: "Toutes les maladies",
        .onlyAgainst: "seulement contre {1}", .everyLine: "toutes les lignes",
        .announceVaccinationOpened: "Vaccination ouverte : {1}", .vaccinationTitle: "Vaccination : {1}",
        .fieldVaccinator: "Vaccinateur", .fieldEnteredBy: "Saisie par",
        .enteredByPatient: "vous, le patient", .enteredByProfessional: "un professionnel de santé",
        .ruleDTP: "rappel diphtérie-tétanos-poliomyélite",
        .ruleInfluenza: "vaccin contre la grippe",
        .ruleCovid: "rappel contre le COVID-19",
        .dueOverdue: "{1} en retard depuis le {2}",
        .dueToday: "{1} à faire aujourd’hui",
        .dueSeason: "{1} à faire cette saison, depuis le {2}",
        .dueOn: "{1} à faire le {2}",
        .dueOnAge: "{1} à faire le {2} (à {3} ans)",
        .nothingDue: "Aucune vaccination n’est à faire.",
        .nextDue: "Prochaine : {1}",
    ]
}

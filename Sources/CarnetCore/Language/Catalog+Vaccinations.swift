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
    ]
}

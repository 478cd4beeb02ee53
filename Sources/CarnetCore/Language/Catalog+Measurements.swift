extension Catalog {
    // Words of readings: their checks, the reference band and the summary sentence.
    static let measurementsEnglish: [Phrase: String] = [
        .measureNotANumber: "“{1}” is not a number (for blood pressure, type systolic/diastolic: 128/82).",
        .measureUnknownUnit: "carnet does not convert {1} for {2}; accepted units: {3}.",
        .measureImpossible: "{1} is not a possible value for {2}: carnet accepts {3}. Nothing was written.",
        .measureNeedsTwo: "a blood pressure is two numbers, systolic/diastolic: 128/82.",
        .measureDiastolicAbove: "the diastolic value must be below the systolic one (128/82).",
        .measureInFuture: "{1} is in the future: a reading is entered once taken.",
        .measureAdded: "Added {1} {2} on {3}.",
        .judgementHigh: "HIGH", .judgementLow: "LOW",
        .columnChange: "Change", .columnBand: "Band", .sincePrevious: "{1} since the previous",
        .readingsCount: "{1} readings", .bandWords: "band {1}",
        .formAddMeasurement: "Add a reading",
        .formTypeMissing: "choose what was measured", .formValueMissing: "type the value",
        .valuePlaceholder: "72.5, or 128/82 for blood pressure", .unitPlaceholder: "empty: the usual unit",
        .fieldTakenAt: "Taken", .nowPlaceholder: "empty: now; or 2026-03-14 08:30",
        .badTypedMoment: "“{1}” is not a date and time: type it as 2026-03-14 08:30 or 14/03/2026 8h30.",
        .summaryLatest: "{1} {2} on {3}",
        .summaryChange: "{1} over {2} days",
        .summaryRange: "range {1}",
        .summaryAbove: "{1} readings above the band", .summaryAboveOne: "1 reading above the band",
        .summaryBelow: "{1} readings below the band", .summaryBelowOne: "1 reading below the band",
        .summaryInBand: "all in the band ({1})",
        .summarySingle: "the only reading in {1} days",
        .summarySeparator: "; ",
    ]

    static let measurementsFrench: [Phrase: String] = [
        .measureNotANumber:
            "« {1} » n’est pas un nombre (pour la tension, tapez systolique/diastolique : 128/82).",
        .measureUnknownUnit: "carnet ne convertit pas {1} pour {2} ; unités acceptées : {3}.",
        .measureImpossible:
            "{1} n’est pas une valeur possible pour {2} : carnet accepte {3}. Rien n’a été écrit.",
        .measureNeedsTwo: "une tension, ce sont deux nombres, systolique/diastolique : 128/82.",
        .measureDiastolicAbove: "la valeur diastolique doit être inférieure à la systolique (128/82).",
        .measureInFuture: "{1} est dans le futur : une mesure se saisit une fois prise.",
        .measureAdded: "{1} {2} ajouté le {3}.",
        .judgementHigh: "HAUT", .judgementLow: "BAS",
        .columnChange: "Évolution", .columnBand: "Plage", .sincePrevious: "{1} depuis la précédente",
        .readingsCount: "{1} mesures", .bandWords: "plage {1}",
        .formAddMeasurement: "Ajouter une mesure",
        .formTypeMissing: "choisissez ce qui a été mesuré", .formValueMissing: "tapez la valeur",
        .valuePlaceholder: "72,5, ou 128/82 pour la tension", .unitPlaceholder: "vide : l’unité habituelle",
        .fieldTakenAt: "Prise le", .nowPlaceholder: "vide : maintenant ; ou 14/03/2026 8h30",
        .badTypedMoment:
            "« {1} » n’est pas une date et une heure : tapez-la sous la forme 14/03/2026 8h30 ou 2026-03-14 08:30.",
        .summaryLatest: "{1} {2} le {3}",
        .summaryChange: "{1} sur {2} jours",
        .summaryRange: "entre {1}",
        .summaryAbove: "{1} mesures au-dessus de la plage",
        .summaryAboveOne: "1 mesure au-dessus de la plage",
        .summaryBelow: "{1} mesures au-dessous de la plage",
        .summaryBelowOne: "1 mesure au-dessous de la plage",
        .summaryInBand: "toutes dans la plage ({1})",
        .summarySingle: "seule mesure sur {1} jours",
        .summarySeparator: " ; ",
    ]
}

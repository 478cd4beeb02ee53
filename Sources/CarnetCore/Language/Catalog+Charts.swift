extension Catalog {
    // Words of a kind's chart: its ranges, its keys and what its cursor reads out.
    static let chartsEnglish: [Phrase: String] = [
        .rangeMonth: "1 month", .rangeQuarter: "3 months", .rangeYear: "1 year", .rangeFiveYears: "5 years",
        .rangeAll: "all",

        .chartOneReading: "{1}: {2}",
        .chartSeveral: "{1}: last {2}; {3} readings, {4}",
        .chartFromTo: "from {1} to {2}",
        .chartSameDay: "{1}, {2}–{3}",
        .chartDays: "{1} to {2}",
    ]

    static let chartsFrench: [Phrase: String] = [
        .rangeMonth: "1 mois", .rangeQuarter: "3 mois", .rangeYear: "1 an", .rangeFiveYears: "5 ans",
        .rangeAll: "tout",

        .chartOneReading: "{1} : {2}",
        .chartSeveral: "{1} : dernière {2} ; {3} mesures, {4}",
        .chartFromTo: "de {1} à {2}",
        .chartSameDay: "{1}, {2}–{3}",
        .chartDays: "du {1} au {2}",
    ]
}

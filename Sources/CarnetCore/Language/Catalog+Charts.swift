extension Catalog {
    // Words of a kind's chart: its ranges, its keys and what its cursor reads out.
    static let chartsEnglish: [Phrase: String] = [
        .rangeMonth: "1 month", .rangeQuarter: "3 months", .rangeYear: "1 year", .rangeFiveYears: "5 years",
        .rangeAll: "all",
        .keyChartEarlier: "Chart cursor to the reading before",
        .keyChartLater: "Chart cursor to the reading after",
        .keyChartFirst: "Chart cursor to the first reading shown",
        .keyChartLast: "Chart cursor to the latest reading", .keyToTable: "Down into the readings table",
        .keyWiderRange: "Longer time shown (1 month, 3 months, 1 year, 5 years, all)",
        .keyNarrowerRange: "Shorter time shown",
        .statusChart: "chart", .statusTable: "table", .statusRange: "range",
        .chartOneReading: "{1}: {2}",
        .chartSeveral: "{1}: last {2}; {3} readings, {4}",
        .chartFromTo: "from {1} to {2}",
        .chartSameDay: "{1}, {2}–{3}",
        .chartDays: "{1} to {2}",
    ]

    static let chartsFrench: [Phrase: String] = [
        .rangeMonth: "1 mois", .rangeQuarter: "3 mois", .rangeYear: "1 an", .rangeFiveYears: "5 ans",
        .rangeAll: "tout",
        .keyChartEarlier: "Curseur du graphique sur la mesure d’avant",
        .keyChartLater: "Curseur du graphique sur la mesure d’après",
        .keyChartFirst: "Curseur du graphique sur la première mesure montrée",
        .keyChartLast: "Curseur du graphique sur la dernière mesure",
        .keyToTable: "Descendre dans le tableau des mesures",
        .keyWiderRange: "Durée montrée plus longue (1 mois, 3 mois, 1 an, 5 ans, tout)",
        .keyNarrowerRange: "Durée montrée plus courte",
        .statusChart: "graphique", .statusTable: "tableau", .statusRange: "durée",
        .chartOneReading: "{1} : {2}",
        .chartSeveral: "{1} : dernière {2} ; {3} mesures, {4}",
        .chartFromTo: "de {1} à {2}",
        .chartSameDay: "{1}, {2}–{3}",
        .chartDays: "du {1} au {2}",
    ]
}

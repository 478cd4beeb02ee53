extension Catalog {
    // Words of a child's growth against the WHO references (Measurement/Growth).
    static let growthEnglish: [Phrase: String] = [
        .growthSentence: "{1}: {2} (WHO).",
        .growthFromWHO: "{1} (WHO)",
        .growthBelow: "below the {1} percentile",
        .growthAbove: "above the {1} percentile",
        .growthBetween: "between the {1} and {2} percentiles",
        .growthSexUnknown: "no WHO percentile: the record does not say whether the child is a girl or a boy",
        .percentile3: "3rd", .percentile15: "15th", .percentile50: "50th", .percentile85: "85th",
        .percentile97: "97th",
        .growthCurves: "curves: WHO 3rd–97th percentiles",
        .growthShortBetween: "{1}–{2} percentile (WHO)", .growthShortBelow: "< {1} percentile (WHO)",
        .growthShortAbove: "> {1} percentile (WHO)",
    ]

    static let growthFrench: [Phrase: String] = [
        .growthSentence: "{1} : {2} (OMS).",
        .growthFromWHO: "{1} (OMS)",
        .growthBelow: "sous le {1} percentile",
        .growthAbove: "au-dessus du {1} percentile",
        .growthBetween: "entre le {1} et le {2} percentile",
        .growthSexUnknown:
            "pas de percentile OMS : le dossier ne dit pas si l’enfant est une fille ou un garçon",
        .percentile3: "3e", .percentile15: "15e", .percentile50: "50e", .percentile85: "85e",
        .percentile97: "97e",
        .growthCurves: "courbes : 3e–97e percentiles OMS",
        .growthShortBetween: "{1}–{2} percentile (OMS)", .growthShortBelow: "< {1} percentile (OMS)",
        .growthShortAbove: "> {1} percentile (OMS)",
    ]
}

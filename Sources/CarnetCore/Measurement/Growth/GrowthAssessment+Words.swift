extension GrowthAssessment {
    /// The part of a summary that places the reading: "between the 50th and 85th
    /// percentiles (WHO)", or why no percentile can be given.
    public func words(_ text: Catalog) -> String {
        switch self {
        case .standing(let standing): text[.growthFromWHO, standing.band.words(text)]
        case .sexUnknown: text[.growthSexUnknown]
        }
    }
}

extension GrowthStanding {
    /// "Height 121 cm on 3 March 2026: between the 50th and 85th percentiles (WHO)."
    public func sentence(_ text: Catalog, _ format: TextFormat) -> String {
        let type = reading.type
        let latest = text[
            .summaryLatest, type.label(text), type.withUnit(format.number(reading.value), text),
            format.longDay(reading.at)]
        return text[.growthSentence, latest, band.words(text)]
    }
}

extension PercentileBand {
    /// "below the 3rd percentile", "between the 50th and 85th percentiles"…
    public func words(_ text: Catalog) -> String {
        switch (lower, upper) {
        case (nil, let upper?): text[.growthBelow, upper.ordinal(text)]
        case (let lower?, nil): text[.growthAbove, lower.ordinal(text)]
        case (let lower?, let upper?): text[.growthBetween, lower.ordinal(text), upper.ordinal(text)]
        case (nil, nil): preconditionFailure("a band has a curve on at least one side")
        }
    }
}

extension PercentileBand {
    /// The band for a table's cell: "50th–85th percentile (WHO)", "< 3rd percentile (WHO)".
    public func shortWords(_ text: Catalog) -> String {
        switch (lower, upper) {
        case (nil, let upper?): text[.growthShortBelow, upper.ordinal(text)]
        case (let lower?, nil): text[.growthShortAbove, lower.ordinal(text)]
        case (let lower?, let upper?): text[.growthShortBetween, lower.ordinal(text), upper.ordinal(text)]
        case (nil, nil): preconditionFailure("a band has a curve on at least one side")
        }
    }
}

extension GrowthPercentile {
    /// "3rd", "15th"… ("3e", "15e"… in French).
    public func ordinal(_ text: Catalog) -> String {
        switch self {
        case .p3: text[.percentile3]
        case .p15: text[.percentile15]
        case .p50: text[.percentile50]
        case .p85: text[.percentile85]
        case .p97: text[.percentile97]
        }
    }
}

/// The percentiles the WHO's charts draw: 3rd, 15th, 50th, 85th and 97th.
public enum GrowthPercentile: Int, Sendable, CaseIterable, Comparable {
    case p3 = 3
    case p15 = 15
    case p50 = 50
    case p85 = 85
    case p97 = 97

    /// The z-score at this percentile: the quantile of the standard normal distribution
    /// (Φ⁻¹(0.03) = −1.8808, Φ⁻¹(0.15) = −1.0364; a test checks them against erf).
    public var z: Double {
        switch self {
        case .p3: -1.880_793_608_151_251
        case .p15: -1.036_433_389_493_790
        case .p50: 0
        case .p85: 1.036_433_389_493_790
        case .p97: 1.880_793_608_151_251
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a reading falls between the drawn percentiles. A reading exactly on a curve
/// belongs to the band above it (on the median: between the 50th and 85th).
public enum PercentileBand: Int, Sendable, CaseIterable, Comparable {
    case belowP3, p3ToP15, p15ToP50, p50ToP85, p85ToP97, aboveP97

    public init(z: Double) {
        let reached = GrowthPercentile.allCases.filter { z >= $0.z }.count
        self = Self.allCases[reached]
    }

    /// The curve below the band, nil below the 3rd percentile.
    public var lower: GrowthPercentile? {
        rawValue == 0 ? nil : GrowthPercentile.allCases[rawValue - 1]
    }

    /// The curve above the band, nil above the 97th percentile.
    public var upper: GrowthPercentile? {
        rawValue == GrowthPercentile.allCases.count ? nil : GrowthPercentile.allCases[rawValue]
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

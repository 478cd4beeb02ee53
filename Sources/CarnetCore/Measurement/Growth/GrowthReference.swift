import Foundation

/// What a child's reading is compared with: weight, length/height or head circumference
/// for age.
public enum GrowthIndicator: Sendable, CaseIterable {
    case weightForAge, heightForAge, headCircumferenceForAge

    /// The indicator a type of reading is judged by, or nil for one without a reference.
    public init?(_ type: MeasurementType) {
        switch type {
        case .weight: self = .weightForAge
        case .height: self = .heightForAge
        case .headCircumference: self = .headCircumferenceForAge
        default: return nil
        }
    }

    public var type: MeasurementType {
        switch self {
        case .weightForAge: .weight
        case .heightForAge: .height
        case .headCircumferenceForAge: .headCircumference
        }
    }

    /// The last day of age the WHO references cover: 5 years for head circumference (2006
    /// standards), 10 years for weight and 19 for height (2007 reference, to 120 and 228
    /// months).
    public var lastDay: Int {
        switch self {
        case .headCircumferenceForAge: GrowthReference.lastDay2006
        case .weightForAge: Int((120 * GrowthReference.daysPerMonth).rounded(.down))
        case .heightForAge: Int((228 * GrowthReference.daysPerMonth).rounded(.down))
        }
    }

    /// The WHO 2007 reference's last month for this indicator, nil when it has none.
    var lastMonth2007: Int? {
        switch self {
        case .headCircumferenceForAge: nil
        case .weightForAge: 120
        case .heightForAge: 228
        }
    }
}

/// Which WHO publication a value comes from.
public enum GrowthSource: Sendable, Equatable {
    /// The WHO Child Growth Standards (2006), birth to 5 years.
    case who2006
    /// The WHO growth reference for school-aged children and adolescents (2007), 5 to 19 years.
    case who2007
}

/// The WHO growth references, asked by age in days.
///
/// ```swift
/// let z = GrowthReference.zScore(17, .weightForAge, .female, ageDays: 1522)  // 0.24
/// let band = z.map(PercentileBand.init(z:))                                   // 50th–85th
/// ```
///
/// Below 60 months (day 1826) the 2006 standards' day-by-day tables are read at the age in
/// days, as the WHO's own software does; from 60 months the 2007 reference's monthly rows
/// are interpolated linearly, as that reference prescribes. Weight z-scores beyond ±3 follow
/// the WHO's restricted application of the LMS method. The ages the tables do not cover
/// (before birth, past 5, 10 or 19 years) have no value: nothing is extrapolated.
public enum GrowthReference {
    /// The WHO's month: 365.25 / 12 days (`ANTHRO_DAYS_OF_MONTH` in its R package anthro).
    public static let daysPerMonth = 30.4375
    /// The last day of the 2006 standards' tables: the day before 60 months.
    static let lastDay2006 = 1826

    /// The L, M and S of an indicator at an age, and the publication they come from.
    static func lms(_ indicator: GrowthIndicator, _ sex: Sex, ageDays: Int) -> (LMS, GrowthSource)? {
        guard ageDays >= 0 else { return nil }
        if ageDays <= lastDay2006 {
            let table: GrowthTables.Table =
                switch indicator {
                case .weightForAge: GrowthTables.weight2006
                case .heightForAge: GrowthTables.lengthHeight2006
                case .headCircumferenceForAge: GrowthTables.headCircumference2006
                }
            return table.row(sex, age: ageDays).map { ($0, .who2006) }
        }
        guard let lastMonth = indicator.lastMonth2007 else { return nil }
        let months = Double(ageDays) / daysPerMonth
        guard months <= Double(lastMonth) else { return nil }
        let table = indicator == .weightForAge ? GrowthTables.weight2007 : GrowthTables.height2007
        let whole = Int(months.rounded(.down))
        guard let low = table.row(sex, age: whole) else { return nil }
        let fraction = months - Double(whole)
        guard fraction > 0, let high = table.row(sex, age: whole + 1) else { return (low, .who2007) }
        return (low.interpolated(to: high, fraction: fraction), .who2007)
    }

    /// Whether the references cover this indicator at this age.
    public static func covers(_ indicator: GrowthIndicator, ageDays: Int) -> Bool {
        ageDays >= 0 && ageDays <= indicator.lastDay
    }

    /// The z-score of a measurement (in the type's stored unit), or nil where no table covers
    /// the age or the value is not positive.
    public static func zScore(
        _ value: Double, _ indicator: GrowthIndicator, _ sex: Sex, ageDays: Int
    ) -> Double? {
        guard value > 0, let (lms, _) = lms(indicator, sex, ageDays: ageDays) else { return nil }
        return indicator == .weightForAge ? lms.restrictedZScore(value) : lms.zScore(value)
    }

    /// The measurement on a percentile curve at an age, or nil where no table covers it.
    public static func value(
        at percentile: GrowthPercentile, _ indicator: GrowthIndicator, _ sex: Sex, ageDays: Int
    ) -> Double? {
        lms(indicator, sex, ageDays: ageDays).map { $0.0.value(atZ: percentile.z) }
    }

    /// Which publication covers an indicator at an age.
    public static func source(_ indicator: GrowthIndicator, ageDays: Int) -> GrowthSource? {
        guard covers(indicator, ageDays: ageDays) else { return nil }
        return ageDays <= lastDay2006 ? .who2006 : .who2007
    }
}

import Foundation

/// A child's reading placed on the WHO references: its age, z-score and percentile band.
public struct GrowthStanding: Sendable, Equatable {
    public var reading: Measurement
    public var ageDays: Int
    public var zScore: Double
    public var band: PercentileBand
    public var source: GrowthSource

    public var indicator: GrowthIndicator { GrowthIndicator(reading.type)! }
}

/// What can be said of a reading against the WHO references.
public enum GrowthAssessment: Sendable, Equatable {
    /// The reading's place among the percentiles.
    case standing(GrowthStanding)
    /// A child of an age the references cover, but the record does not say the child's sex,
    /// which the references need: no percentile can be given.
    case sexUnknown

    /// Places a reading of a person born on `birthDate` (`YYYY-MM-DD`), or nil when nothing
    /// is to be said: a type without a reference, or an age the references do not cover (an
    /// adult, a teenager's weight past 10 years, a head circumference past 5 years).
    ///
    /// The age counts whole days from the birth date to the reading's calendar day in
    /// `calendar`'s time zone, as the WHO's software counts from date of birth to date of visit.
    public init?(
        _ reading: Measurement, birthDate: String, sex: Sex?, calendar: Calendar = .current
    ) {
        guard let indicator = GrowthIndicator(reading.type),
            let ageDays = Self.ageDays(birthDate: birthDate, at: reading.at, calendar: calendar),
            GrowthReference.covers(indicator, ageDays: ageDays)
        else { return nil }
        guard let sex else {
            self = .sexUnknown
            return
        }
        guard let z = GrowthReference.zScore(reading.value, indicator, sex, ageDays: ageDays),
            let source = GrowthReference.source(indicator, ageDays: ageDays)
        else { return nil }
        self = .standing(
            GrowthStanding(
                reading: reading, ageDays: ageDays, zScore: z, band: PercentileBand(z: z), source: source))
    }

    /// Whole days from a `YYYY-MM-DD` birth date to the calendar day of `date`, or nil for a
    /// birth date that is not a day.
    public static func ageDays(birthDate: String, at date: Date, calendar: Calendar = .current) -> Int? {
        guard let birth = RecordDays.day(birthDate, calendar) else { return nil }
        return calendar.dateComponents([.day], from: birth, to: calendar.startOfDay(for: date)).day
    }
}

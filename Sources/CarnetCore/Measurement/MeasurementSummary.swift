import Foundation

/// One type's readings in a sentence: the latest, the change over a window, the range and
/// how many readings left the reference band. What a chart stands beside and what
/// screen-reader mode reads.
public struct MeasurementSummary: Sendable, Equatable {
    /// The latest reading (two for blood pressure: systolic, diastolic).
    public var latest: [Measurement]
    /// The reading before the latest (its systolic for blood pressure), for the change.
    public var previous: Measurement?
    /// The window the change, range and counts cover, ending at the latest reading.
    public var days: Int
    /// Latest minus the first reading of the window (systolic for blood pressure); nil with
    /// a single reading in the window.
    public var change: Double?
    /// The lowest and highest value of the window, per component.
    public var ranges: [ClosedRange<Double>]
    /// Readings of the window above and below the band (either component for blood pressure).
    public var above: Int
    public var below: Int
    public var count: Int
    /// For a child's height, weight or head circumference: where the latest reading stands
    /// on the WHO references (nil for an adult or another type).
    public var growth: GrowthAssessment?

    public var type: MeasurementType { latest[0].type == .systolic ? .bloodPressure : latest[0].type }

    public init(
        latest: [Measurement], previous: Measurement?, days: Int, change: Double?,
        ranges: [ClosedRange<Double>],
        above: Int, below: Int, count: Int, growth: GrowthAssessment? = nil
    ) {
        self.latest = latest
        self.previous = previous
        self.days = days
        self.change = change
        self.ranges = ranges
        self.above = above
        self.below = below
        self.count = count
        self.growth = growth
    }
}

/// The figures of one type over a window ending at its latest reading, as the store counts
/// them: what `MeasurementSummary` says in a sentence.
public struct MeasurementWindow: Sendable, Equatable {
    public var latest: [Measurement]
    public var previous: Measurement?
    public var change: Double?
    public var ranges: [ClosedRange<Double>]
    public var above: Int
    public var below: Int
    public var count: Int

    public init(
        latest: [Measurement], previous: Measurement?, change: Double?, ranges: [ClosedRange<Double>],
        above: Int, below: Int, count: Int
    ) {
        self.latest = latest
        self.previous = previous
        self.change = change
        self.ranges = ranges
        self.above = above
        self.below = below
        self.count = count
    }
}

extension RecordStore {
    /// The summary of one type over the `days` before its latest reading, or nil when the
    /// record holds none. A few indexed range scans, whatever the number of readings.
    public func measurementSummary(
        of patient: Int64, type: MeasurementType, days: Int = 30
    ) throws -> MeasurementSummary? {
        guard let window = try measurementWindow(of: patient, type: type, days: days) else { return nil }
        return MeasurementSummary(
            latest: window.latest, previous: window.previous, days: days, change: window.change,
            ranges: window.ranges, above: window.above, below: window.below, count: window.count,
            growth: try growth(of: window.latest[0], patient: patient))
    }

    /// The latest reading on the WHO growth references, when the patient is a child of an
    /// age they cover.
    private func growth(of reading: Measurement, patient: Int64) throws -> GrowthAssessment? {
        guard GrowthIndicator(reading.type) != nil, let child = try read({ try $0.patient(patient) }) else {
            return nil
        }
        return GrowthAssessment(reading, birthDate: child.birthDate, sex: child.sex)
    }
}

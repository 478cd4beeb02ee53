import Foundation

/// A series cut into equal spans of time, each with its lowest, highest and last value:
/// what a chart of one column per bucket draws, read without loading every reading.
/// Buckets are cut by time, not by number of readings, so irregular readings leave empty
/// buckets where nothing was measured; a single extreme reading stays its bucket's lowest
/// or highest value, whatever the number of readings around it.
///
/// ```swift
/// let year = try store.measurementBuckets(of: patient, type: .interstitialGlucose,
///                                         span: 365 * 86_400, count: 80)
/// year?.buckets.last  // the bucket of the latest reading
/// ```
public struct MeasurementBuckets: Sendable, Equatable {
    public var type: MeasurementType
    /// When the first bucket starts (included).
    public var start: Date
    /// The length of every bucket, in seconds: a whole number of days when at least a day.
    public var width: Int64
    /// Oldest first, one per bucket: what each component (systolic and diastolic for blood
    /// pressure, in that order) holds there; empty where nothing was measured.
    public var buckets: [[MeasurementBucket]]

    public init(type: MeasurementType, start: Date, width: Int64, buckets: [[MeasurementBucket]]) {
        self.type = type
        self.start = start
        self.width = width
        self.buckets = buckets
    }

    /// When the last bucket ends (excluded); the latest reading is in the last bucket.
    public var end: Date { start(of: buckets.count) }

    /// When bucket `index` starts.
    public func start(of index: Int) -> Date {
        start.addingTimeInterval(Double(width) * Double(index))
    }

    /// The bucket a moment falls in, or nil outside the buckets.
    public func index(of date: Date) -> Int? {
        let offset = date.unixSeconds - start.unixSeconds
        guard offset >= 0 else { return nil }
        let index = Int(offset / width)
        return index < buckets.count ? index : nil
    }

    /// The lowest and highest value of every bucket, or nil when all are empty.
    public var valueRange: ClosedRange<Double>? {
        let values = buckets.joined()
        guard let low = values.map(\.low).min(), let high = values.map(\.high).max() else { return nil }
        return low...high
    }
}

/// What one component of a series holds within one bucket.
public struct MeasurementBucket: Sendable, Equatable {
    /// The component: the type itself, or systolic or diastolic.
    public var type: MeasurementType
    public var low: Double
    public var high: Double
    /// The value taken last in the bucket (of several taken the same second, the highest).
    public var last: Double
    public var count: Int
    /// When the first and the last reading of the bucket were taken.
    public var firstAt: Date
    public var lastAt: Date

    public init(
        type: MeasurementType, low: Double, high: Double, last: Double, count: Int, firstAt: Date,
        lastAt: Date
    ) {
        self.type = type
        self.low = low
        self.high = high
        self.last = last
        self.count = count
        self.firstAt = firstAt
        self.lastAt = lastAt
    }
}

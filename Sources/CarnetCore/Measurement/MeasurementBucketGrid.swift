import Foundation

/// Where a chart's buckets fall (see `MeasurementBuckets`): `count` buckets of equal width,
/// the last one holding the latest reading. A bucket of a day or more is made of whole days
/// aligned on UTC midnight, read from the daily roll-up; a shorter one from the readings.
/// Every store cuts a series here, so that their charts agree.
public struct MeasurementBucketGrid: Sendable, Equatable {
    /// When the first bucket starts, in Unix seconds.
    public let start: Int64
    /// Each bucket's length in seconds.
    public let width: Int64
    public let count: Int
    /// Whole UTC days: the buckets are read from the daily roll-up.
    public let daily: Bool

    public static let day: Int64 = 86_400

    /// The grid of `span` seconds ending with the latest reading at `last`, or from the first
    /// reading at `first` when `span` is nil.
    public init(first: Int64?, last: Int64, span: Int64?, count: Int) {
        precondition(count > 0, "a chart has at least one column")
        var length = span ?? 0
        if span == nil, let first { length = last - first + 1 }
        var width = max(1, (length + Int64(count) - 1) / Int64(count))
        let daily = width >= Self.day
        if daily { width = (width + Self.day - 1) / Self.day * Self.day }
        // The last bucket holds the latest reading; whole-day buckets end with its day.
        let end = daily ? (Self.floorDivide(last, Self.day) + 1) * Self.day : last + 1
        self.start = end - Int64(count) * width
        self.width = width
        self.count = count
        self.daily = daily
    }

    /// The unit the bucket's bounds are in: days when daily, seconds otherwise.
    public var unit: Int64 { daily ? Self.day : 1 }

    /// Where bucket `index` starts (included) and ends (excluded), in `unit`s.
    public func bounds(_ index: Int) -> (from: Int64, to: Int64) {
        let from = (start + Int64(index) * width) / unit
        return (from, from + width / unit)
    }

    /// Division rounding down, as the roll-up numbers its days (also before 1970).
    public static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}

import Foundation

/// The WHO percentile curves behind a child's chart: for each of its columns (buckets), the
/// child's age at the middle of the column and the value of each drawn percentile there.
///
/// ```swift
/// let curves = GrowthCurves(buckets, birthDate: "2019-03-03", sex: .female)
/// curves?.columns[0]?.values  // 3rd, 15th, 50th, 85th and 97th percentiles, in order
/// ```
public struct GrowthCurves: Sendable, Equatable {
    /// One column's point of every curve, lowest (3rd percentile) first.
    public struct Column: Sendable, Equatable {
        public var ageDays: Int
        public var values: [Double]
    }

    /// One per bucket, nil where the references do not cover the child's age.
    public var columns: [Column?]
    /// The child's birth date (`YYYY-MM-DD`) and sex: a chart counts time in age, and its
    /// readout places the reading under the cursor.
    public var birthDate: String
    public var sex: Sex

    /// The curves over a chart's buckets, or nil when no column is at an age the references
    /// cover (an adult's chart, a type without a reference).
    public init?(
        _ buckets: MeasurementBuckets, birthDate: String, sex: Sex, calendar: Calendar = .current
    ) {
        guard let indicator = GrowthIndicator(buckets.type) else { return nil }
        let columns: [Column?] = buckets.buckets.indices.map { index in
            let middle = buckets.start(of: index).addingTimeInterval(Double(buckets.width) / 2)
            guard let ageDays = GrowthAssessment.ageDays(birthDate: birthDate, at: middle, calendar: calendar)
            else { return nil }
            let values = GrowthPercentile.allCases.compactMap {
                GrowthReference.value(at: $0, indicator, sex, ageDays: ageDays)
            }
            return values.count == GrowthPercentile.allCases.count
                ? Column(ageDays: ageDays, values: values) : nil
        }
        guard columns.contains(where: { $0 != nil }) else { return nil }
        self.columns = columns
        self.birthDate = birthDate
        self.sex = sex
    }

    /// From the lowest 3rd-percentile value to the highest 97th-percentile value drawn.
    public var valueRange: ClosedRange<Double> {
        let drawn = columns.compactMap { $0 }
        let low = drawn.map { $0.values[0] }.min() ?? 0
        let high = drawn.map { $0.values[$0.values.count - 1] }.max() ?? 0
        return low...high
    }
}

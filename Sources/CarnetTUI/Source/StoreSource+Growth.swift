import CarnetCore

/// A child's chart: the WHO curves for the record's birth date and sex.
extension StoreSource {
    public func growthCurves(_ buckets: MeasurementBuckets) -> GrowthCurves? {
        sex.flatMap { GrowthCurves(buckets, birthDate: birthDate, sex: $0) }
    }
}

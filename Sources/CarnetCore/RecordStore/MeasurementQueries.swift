import Foundation

/// A patient's readings: pages, counts, the overview of every kind, the chart's buckets
/// (the daily roll-up) and the figures a summary sentence is made of.
public protocol MeasurementQueries {
    func measurements(of patient: Int64, type: MeasurementType, page: PageRequest, limit: Int) throws
        -> [Measurement]
    /// The newest readings first, `limit` of them or all.
    func measurements(of patient: Int64, type: MeasurementType, limit: Int?) throws -> [Measurement]
    func forEachMeasurement(
        of patient: Int64, type: MeasurementType, limit: Int?, _ body: (Measurement) throws -> Void
    ) throws
    func measurementCount(of patient: Int64, type: MeasurementType) throws -> Int
    func measurementPosition(of key: PageKey, patient: Int64, type: MeasurementType) throws -> Int
    /// Each kind the record holds, with its count and latest readings.
    func measurementOverview(of patient: Int64) throws -> [MeasurementSeriesSummary]
    func bloodPressures(of patient: Int64, page: PageRequest, limit: Int) throws -> [BloodPressureReading]
    /// A chart's buckets over `span` seconds before the latest reading (all of them when nil).
    func measurementBuckets(of patient: Int64, type: MeasurementType, span: Int64?, count: Int) throws
        -> MeasurementBuckets?
    /// The figures of one type's summary over the `days` before its latest reading, or nil
    /// when the record holds none (see `measurementSummary`).
    func measurementWindow(of patient: Int64, type: MeasurementType, days: Int) throws -> MeasurementWindow?
}

extension MeasurementQueries {
    public func measurements(of patient: Int64, type: MeasurementType) throws -> [Measurement] {
        try measurements(of: patient, type: type, limit: nil)
    }

    public func forEachMeasurement(
        of patient: Int64, type: MeasurementType, _ body: (Measurement) throws -> Void
    ) throws {
        try forEachMeasurement(of: patient, type: type, limit: nil, body)
    }
}

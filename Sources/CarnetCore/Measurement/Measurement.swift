import Foundation

/// Where a measurement came from.
public enum MeasurementSource: String, CaseIterable, Sendable {
    case patient
    case professional
    /// A connected device, such as a continuous glucose monitor.
    case device
}

/// One reading, in the canonical unit of its type.
public struct Measurement: Sendable, Equatable {
    public var id: Int64
    public var type: MeasurementType
    public var value: Double
    public var at: Date

    public var unit: String { type.unit }

    public init(id: Int64, type: MeasurementType, value: Double, at: Date) {
        self.id = id
        self.type = type
        self.value = value
        self.at = at
    }
}

/// A reading to put into the record.
public struct NewMeasurement: Sendable {
    public var type: MeasurementType
    public var value: Double
    public var at: Date
    public var source: MeasurementSource

    public init(type: MeasurementType, value: Double, at: Date, source: MeasurementSource) {
        self.type = type
        self.value = value
        self.at = at
        self.source = source
    }
}

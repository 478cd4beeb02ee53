import Foundation

/// Why a typed reading was refused; nothing is written.
public enum MeasurementError: Error, Equatable, Sendable {
    /// Not a number ("abc", "12,3,4", "0x10", "1e3").
    case notANumber(String)
    /// A count (steps, a pain score) typed with decimals.
    case notWhole(MeasurementType, String)
    /// A unit carnet does not convert from for this type.
    case unknownUnit(MeasurementType, String)
    /// Outside what a person can have; `range` in the canonical unit.
    case impossible(MeasurementType, value: Double, range: ClosedRange<Double>)
    /// Blood pressure is two numbers, systolic/diastolic.
    case bloodPressureNeedsTwo
    case diastolicNotBelowSystolic
    case inTheFuture(Date)

    public func message(_ text: Catalog, _ format: TextFormat) -> String {
        switch self {
        case .notANumber(let typed): text[.measureNotANumberPlain, typed]
        case .notWhole(let type, let typed): text[.measureNotWhole, typed, type.named(text)]
        case .unknownUnit(let type, let unit):
            text[.measureUnknownUnit, unit, type.named(text), type.acceptedUnits.joined(separator: ", ")]
        case .impossible(let type, let value, let range):
            text[
                .measureImpossible, type.withUnit(format.number(value), text), type.named(text),
                type.withUnit(format.number(range.lowerBound) + "–" + format.number(range.upperBound), text)]
        case .bloodPressureNeedsTwo: text[.measureNeedsTwo]
        case .diastolicNotBelowSystolic: text[.measureDiastolicAbove]
        case .inTheFuture(let date): text[.measureInFuture, format.minute(date)]
        }
    }
}

/// A reading as a person types it: the type, the number (two for blood pressure, systolic
/// first), an optional unit and when it was taken.
public struct MeasurementEntry: Sendable, Equatable {
    public var type: MeasurementType
    public var values: [Double]
    public var unit: String?
    /// When it was taken; nil: now.
    public var at: Date?

    public init(type: MeasurementType, values: [Double], unit: String? = nil, at: Date?) {
        self.type = type
        self.values = values
        self.unit = unit
        self.at = at
    }

    /// Reads "72.5", "72,5" or, for blood pressure, "128/82".
    public init(type: MeasurementType, typed: String, unit: String? = nil, at: Date?) throws {
        let parts = typed.trimmingCharacters(in: .whitespaces).split(
            separator: "/", omittingEmptySubsequences: false)
        let notANumber =
            type == .bloodPressure
            ? MeasurementError.bloodPressureNeedsTwo : MeasurementError.notANumber(typed)
        let values = try parts.map { part -> Double in
            guard let value = Self.decimal(part.trimmingCharacters(in: .whitespaces)) else {
                throw notANumber
            }
            return value
        }
        guard !values.isEmpty, values.count <= 2 else { throw notANumber }
        if values.count == 2 && type != .bloodPressure { throw MeasurementError.notANumber(typed) }
        if type.isCounted, values.contains(where: { $0 != $0.rounded() }) {
            throw MeasurementError.notWhole(type, typed)
        }
        self.init(type: type, values: values, unit: unit?.isEmpty == true ? nil : unit, at: at)
    }

    /// A decimal number as people write it: digits, one `.` or `,`, a leading minus. Not
    /// what `Double(_:)` also reads (hexadecimal 0x10, exponents 1e3, inf, nan).
    static func decimal(_ text: String) -> Double? {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let pieces = body.split(separator: ",", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.count <= 12 }),
            pieces.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } })
        else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// The readings to store, in canonical units, or why not. `now` bounds the time (a few
    /// minutes of clock drift allowed).
    public func checked(now: Date) throws -> [NewMeasurement] {
        let at = self.at ?? now
        guard at <= now.addingTimeInterval(300) else { throw MeasurementError.inTheFuture(at) }
        let components: [MeasurementType]
        if type == .bloodPressure {
            guard values.count == 2 else { throw MeasurementError.bloodPressureNeedsTwo }
            components = [.systolic, .diastolic]
        } else {
            components = [type]
        }
        let readings = try zip(components, values).map { component, typed -> NewMeasurement in
            guard let value = component.converted(typed, from: unit) else {
                throw MeasurementError.unknownUnit(type, unit ?? "")
            }
            // A converted value keeps the precision the unit is measured to; a typed one, two
            // decimals at most.
            let converted = value != typed || unit.map { $0 != component.unit } == true
            let scale = pow(10, Double(converted ? component.decimals : 2))
            let rounded = (value * scale).rounded() / scale
            guard component.plausibleRange.contains(rounded) else {
                throw MeasurementError.impossible(component, value: rounded, range: component.plausibleRange)
            }
            return NewMeasurement(type: component, value: rounded, at: at, source: .patient)
        }
        if readings.count == 2, readings[1].value >= readings[0].value {
            throw MeasurementError.diastolicNotBelowSystolic
        }
        return readings
    }
}

extension MeasurementType {
    /// Counted in whole numbers: a step, a point of pain.
    public var isCounted: Bool { self == .steps || self == .pain }
}

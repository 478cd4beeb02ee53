import Foundation

extension NewMeasurement {
    /// Refuses what no store may keep, with the rule's words: a blood pressure alone (it is
    /// written as its pair) and a value outside what its kind can take. Every store's writer
    /// checks this before its database checks the same range.
    public func checkStorable() throws {
        guard type != .bloodPressure else { throw StoreError.rule(.ruleBloodPressurePair, []) }
        try checkValue()
    }

    /// Refuses a value outside what its kind can take (an update checks only this).
    public func checkValue() throws {
        guard value.isFinite, type.validRange.contains(value) else {
            throw StoreError.rule(
                .ruleImpossibleReading,
                [
                    Self.format(value), type.unit, type.code, Self.format(type.validRange.lowerBound),
                    Self.format(type.validRange.upperBound),
                ])
        }
    }

    /// A value as the rule says it: "700", not "700.0".
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

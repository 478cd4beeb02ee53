/// What carnet accepts when a person types a reading, and the band it is judged against.
/// One table per concern, each in the type's canonical unit.
extension MeasurementType {
    /// The values a person can really have: an entry outside is refused, naming this range.
    /// (Narrower than `validRange`, which the database enforces for any writer.)
    public var plausibleRange: ClosedRange<Double> {
        switch self {
        case .weight: 0.2...500
        case .height: 20...272
        case .bodyMassIndex: 7...150
        case .heartRate: 20...300
        case .waist: 20...300
        case .headCircumference: 20...80
        case .steps: 0...150_000
        case .bloodPressure, .systolic: 50...300
        case .diastolic: 20...200
        case .pain: 0...10
        case .temperature: 30...45
        case .bloodGlucose, .interstitialGlucose: 10...1000
        case .hba1c: 3...20
        case .oxygenSaturation: 0...100
        case .respiratoryRate: 1...150
        }
    }

    /// The reference band: readings above are HIGH, below LOW. Nil where no band applies
    /// (height, steps, pain…). Sources: HAS and the international consensus on time in range
    /// for glucose (70–180 mg/dL), ESC/ESH for blood pressure, WHO for BMI.
    public var referenceBand: ClosedRange<Double>? {
        switch self {
        case .bloodGlucose, .interstitialGlucose: 70...180
        case .bloodPressure, .systolic: 90...140
        case .diastolic: 60...90
        case .bodyMassIndex: 18.5...25
        case .heartRate: 50...100
        case .temperature: 36...37.8
        case .hba1c: 4...7
        // Royal College of Physicians, National Early Warning Score (NEWS) 2, 2017, chart 1:
        // the values that score 0 — SpO2 scale 1 ≥ 96 %, respiration rate 12–20 per minute.
        case .oxygenSaturation: 96...100
        case .respiratoryRate: 12...20
        default: nil
        }
    }

    /// The decimals a converted value keeps: what the unit is measured to (154 lb is 69.9 kg).
    public var decimals: Int {
        switch self {
        case .steps, .heartRate, .bloodPressure, .systolic, .diastolic, .bloodGlucose, .interstitialGlucose,
            .pain, .respiratoryRate, .oxygenSaturation:
            0
        default: 1
        }
    }

    /// Where a value stands against the band.
    public func judge(_ value: Double) -> ReferenceJudgement {
        guard let band = referenceBand else { return .noBand }
        if value > band.upperBound { return .high }
        if value < band.lowerBound { return .low }
        return .inBand
    }

    /// Units besides the canonical one that carnet converts from, with the factor (or the
    /// formula) to the canonical unit. Only conversions that cannot lose meaning.
    public var acceptedUnits: [String] {
        switch self {
        case .weight: ["kg", "g", "lb"]
        case .height, .waist, .headCircumference: ["cm", "m", "in"]
        case .temperature: ["Cel", "°C", "C", "°F", "F", "[degF]"]
        case .bloodGlucose, .interstitialGlucose: ["mg/dL", "mmol/L"]
        case .bloodPressure, .systolic, .diastolic: ["mm[Hg]", "mmHg"]
        default: [unit]
        }
    }

    /// A value typed in `given` (nil: the canonical unit) in the canonical unit, or nil when
    /// carnet does not convert from that unit.
    public func converted(_ value: Double, from given: String?) -> Double? {
        guard let given, given.caseInsensitiveCompare(unit) != .orderedSame else { return value }
        switch (self, given.lowercased()) {
        case (.weight, "g"): return value / 1000
        case (.weight, "lb"), (.weight, "lbs"): return value * 0.453_592_37
        case (.height, "m"), (.waist, "m"), (.headCircumference, "m"): return value * 100
        case (.height, "in"), (.waist, "in"), (.headCircumference, "in"): return value * 2.54
        case (.temperature, "°c"), (.temperature, "c"): return value
        case (.temperature, "°f"), (.temperature, "f"), (.temperature, "[degf]"): return (value - 32) * 5 / 9
        case (.bloodGlucose, "mmol/l"), (.interstitialGlucose, "mmol/l"): return value * 18.016
        case (.bloodPressure, "mmhg"), (.systolic, "mmhg"), (.diastolic, "mmhg"): return value
        default: return nil
        }
    }
}

/// A reading against its type's reference band.
public enum ReferenceJudgement: Sendable, Equatable {
    case inBand, high, low
    /// The type has no band.
    case noBand
}

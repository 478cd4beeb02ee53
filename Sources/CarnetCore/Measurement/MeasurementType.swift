/// The kinds of measurement a record holds, by LOINC code, each with its canonical UCUM
/// unit and the range of values that can be real.
public enum MeasurementType: String, CaseIterable, Sendable {
    case weight = "29463-7"
    case height = "8302-2"
    case bodyMassIndex = "39156-5"
    case heartRate = "8867-4"
    case waist = "8280-0"
    case headCircumference = "9843-4"
    case steps = "41950-7"
    /// The blood pressure panel: stored as its two components, systolic and diastolic.
    case bloodPressure = "85354-9"
    case systolic = "8480-6"
    case diastolic = "8462-4"
    case pain = "72514-3"
    case temperature = "8310-5"
    case bloodGlucose = "2345-7"
    case interstitialGlucose = "99504-3"
    case hba1c = "4548-4"
    case oxygenSaturation = "59408-5"
    case respiratoryRate = "9279-1"

    /// The LOINC code.
    public var code: String { rawValue }

    /// The unit values are stored in (UCUM).
    public var unit: String {
        switch self {
        case .weight: "kg"
        case .height, .waist, .headCircumference: "cm"
        case .bodyMassIndex: "kg/m2"
        case .heartRate: "/min"
        case .steps: "/d"
        case .bloodPressure, .systolic, .diastolic: "mm[Hg]"
        case .pain: "{score}"
        case .temperature: "Cel"
        case .bloodGlucose, .interstitialGlucose: "mg/dL"
        case .hba1c, .oxygenSaturation: "%"
        case .respiratoryRate: "/min"
        }
    }

    /// Values outside this closed range cannot be a real reading of this kind.
    /// The database enforces the same bounds.
    public var validRange: ClosedRange<Double> {
        switch self {
        case .weight: 0.1...700
        case .height: 10...300
        case .bodyMassIndex: 5...200
        case .heartRate: 1...350
        case .waist: 10...400
        case .headCircumference: 10...100
        case .steps: 0...200_000
        case .bloodPressure, .systolic: 1...350
        case .diastolic: 1...250
        case .pain: 0...10
        case .temperature: 25...46
        case .bloodGlucose: 1...2000
        case .interstitialGlucose: 1...1000
        case .hba1c: 1...30
        // A percentage, by definition.
        case .oxygenSaturation: 0...100
        case .respiratoryRate: 1...200
        }
    }

    /// The stored series: the panel is read through its two components.
    public var storedCodes: [String] {
        self == .bloodPressure ? [Self.systolic.code, Self.diastolic.code] : [code]
    }

    /// Short names accepted on the command line besides the LOINC code.
    public var aliases: [String] {
        switch self {
        case .weight: ["weight"]
        case .height: ["height"]
        case .bodyMassIndex: ["bmi"]
        case .heartRate: ["heart-rate", "pulse"]
        case .waist: ["waist"]
        case .headCircumference: ["head"]
        case .steps: ["steps"]
        case .bloodPressure: ["blood-pressure", "bp"]
        case .systolic: ["systolic"]
        case .diastolic: ["diastolic"]
        case .pain: ["pain"]
        case .temperature: ["temperature"]
        case .bloodGlucose: ["glucose"]
        case .interstitialGlucose: ["cgm"]
        case .hba1c: ["hba1c"]
        case .oxygenSaturation: ["spo2", "oxygen"]
        case .respiratoryRate: ["respiratory-rate", "breathing"]
        }
    }

    /// Finds a type by LOINC code or alias.
    public init?(codeOrAlias text: String) {
        let key = text.lowercased()
        guard
            let found = Self.allCases.first(where: { $0.code == key || $0.aliases.contains(key) })
        else { return nil }
        self = found
    }
}

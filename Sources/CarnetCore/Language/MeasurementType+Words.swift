/// The kinds of measurement in words, in the reader's language.
extension MeasurementType {
    /// "weight (29463-7)": the type in words with its code, for messages.
    public func named(_ text: Catalog) -> String {
        let label = label(text)
        // "Weight" becomes "weight", but "HbA1c" stays as it is written.
        let keepsCase = label.dropFirst().contains(where: \.isUppercase)
        return (keepsCase ? label : label.prefix(1).lowercased() + label.dropFirst()) + " (" + code + ")"
    }

    public func label(_ text: Catalog) -> String {
        switch self {
        case .weight: text[.measureWeight]
        case .height: text[.measureHeight]
        case .bodyMassIndex: text[.measureBMI]
        case .heartRate: text[.measureHeartRate]
        case .waist: text[.measureWaist]
        case .headCircumference: text[.measureHead]
        case .steps: text[.measureSteps]
        case .bloodPressure: text[.measureBloodPressure]
        case .systolic: text[.measureSystolic]
        case .diastolic: text[.measureDiastolic]
        case .pain: text[.measurePain]
        case .temperature: text[.measureTemperature]
        case .bloodGlucose: text[.measureGlucose]
        case .interstitialGlucose: text[.measureSensorGlucose]
        case .hba1c: text[.measureHbA1c]
        case .oxygenSaturation: text[.measureOxygenSaturation]
        case .respiratoryRate: text[.measureRespiratoryRate]
        }
    }

    /// The unit as people write it.
    public func displayUnit(_ text: Catalog) -> String {
        switch self {
        case .bodyMassIndex: "kg/m²"
        case .heartRate: text[.unitBeatsPerMinute]
        case .steps: text[.unitSteps]
        case .bloodPressure, .systolic, .diastolic: "mmHg"
        case .pain: "/10"
        case .temperature: "°C"
        default: unit
        }
    }

    /// A value followed by its unit: "72.5 kg", but "3/10" for pain.
    public func withUnit(_ value: String, _ text: Catalog) -> String {
        self == .pain ? value + displayUnit(text) : value + " " + displayUnit(text)
    }
}

import CarnetCore

/// The record's codes in words, in the reader's language.
extension DocumentCategory {
    func label(_ text: Catalog) -> String {
        switch self {
        case .healthSummary: text[.categoryHealthSummary]
        case .prescriptions: text[.categoryPrescriptions]
        case .imaging: text[.categoryImaging]
        case .labResults: text[.categoryLabResults]
        case .reports: text[.categoryReports]
        case .screening: text[.categoryScreening]
        case .certificates: text[.categoryCertificates]
        case .administrative: text[.categoryAdministrative]
        case .medicalSummary: text[.categoryMedicalSummary]
        case .advanceDirectives: text[.categoryAdvanceDirectives]
        case .healthQuestionnaire: text[.categoryQuestionnaire]
        case .other: text[.categoryOther]
        }
    }
}

extension MeasurementType {
    func label(_ text: Catalog) -> String {
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
        }
    }

    /// The unit as people write it.
    func displayUnit(_ text: Catalog) -> String {
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
    func withUnit(_ value: String, _ text: Catalog) -> String {
        self == .pain ? value + displayUnit(text) : value + " " + displayUnit(text)
    }
}

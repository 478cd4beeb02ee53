import CarnetCore
import Foundation

/// How panes write dates, numbers and the record's codes. English for now; the
/// French/English catalog replaces these words.
enum DisplayText {
    /// A local calendar day, 2026-11-26.
    static func day(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// A local day and minute, 2026-11-26 16:25.
    static func minute(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// A local day in words, 12 March 2026: what a screen reader says well.
    static func longDay(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ]
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 0) \(month) \(parts.year ?? 0)"
    }

    /// A local time, 16:25.
    static func time(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// A reading's value: no trailing ".0", at most two decimals.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e12 { return String(Int64(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A value followed by its unit: "72.5 kg", but "3/10" for pain.
    static func withUnit(_ value: String, _ type: MeasurementType) -> String {
        type == .pain ? value + type.displayUnit : value + " " + type.displayUnit
    }

    /// A count with thousands separators, 1,000,040.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

extension DocumentCategory {
    var label: String {
        switch self {
        case .healthSummary: "Health summary"
        case .prescriptions: "Prescriptions"
        case .imaging: "Imaging"
        case .labResults: "Lab results"
        case .reports: "Reports"
        case .screening: "Screening"
        case .certificates: "Certificates"
        case .administrative: "Administrative"
        case .medicalSummary: "Medical summary"
        case .advanceDirectives: "Advance directives"
        case .healthQuestionnaire: "Questionnaire"
        case .other: "Other"
        }
    }
}

extension MeasurementType {
    var label: String {
        switch self {
        case .weight: "Weight"
        case .height: "Height"
        case .bodyMassIndex: "Body mass index"
        case .heartRate: "Heart rate"
        case .waist: "Waist"
        case .headCircumference: "Head circumference"
        case .steps: "Steps per day"
        case .bloodPressure: "Blood pressure"
        case .systolic: "Systolic"
        case .diastolic: "Diastolic"
        case .pain: "Pain"
        case .temperature: "Temperature"
        case .bloodGlucose: "Blood glucose"
        case .interstitialGlucose: "Glucose (sensor)"
        case .hba1c: "HbA1c"
        }
    }

    /// The unit as people write it.
    var displayUnit: String {
        switch self {
        case .bodyMassIndex: "kg/m²"
        case .heartRate: "bpm"
        case .steps: "steps"
        case .bloodPressure, .systolic, .diastolic: "mmHg"
        case .pain: "/10"
        case .temperature: "°C"
        default: unit
        }
    }
}

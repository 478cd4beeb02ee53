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

/// The habilitation matrix: which document categories each profession may read (and write).
/// One table, so that the rule is read and changed in one place.
public enum Habilitation {
    public static let matrix: [Profession: Set<DocumentCategory>] = [
        .physician: Set(DocumentCategory.allCases),
        .midwife: [
            .healthSummary, .prescriptions, .imaging, .labResults, .reports, .screening,
            .certificates, .medicalSummary, .advanceDirectives,
        ],
        .nurse: [.healthSummary, .prescriptions, .labResults, .reports, .advanceDirectives],
        .dentist: [.healthSummary, .prescriptions, .imaging, .labResults],
        .pharmacist: [.healthSummary, .prescriptions, .labResults],
        .physiotherapist: [.prescriptions, .imaging, .reports],
        .biologist: [.prescriptions, .labResults],
        .other: [],
    ]

    /// Whether a profession may read documents of a category.
    public static func allows(_ profession: Profession, _ category: DocumentCategory) -> Bool {
        matrix[profession]?.contains(category) ?? false
    }
}

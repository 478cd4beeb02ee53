import CarnetCore

/// The programs carnet calls when they are there.
enum ToolChecks {
    /// `pdftotext` (poppler-utils) gives the text of PDF documents; found the way the viewer finds it.
    static func pdfText(_ text: Catalog) -> DoctorFinding {
        guard let path = PDFTextExtractor.installed.executable else {
            return DoctorFinding(
                check: .pdfText, status: .warning, value: nil, found: text[.doctorPdfMissing],
                advice: text[.doctorPdfAdvice])
        }
        return .ok(.pdfText, path, text[.doctorPdfFound, path])
    }
}

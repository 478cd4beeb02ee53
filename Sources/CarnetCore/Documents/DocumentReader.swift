import Foundation

/// What a document's version holds, ready to show: its text, or why there is none.
public enum DocumentBody: Sendable, Equatable {
    /// Text as written (untrusted: the viewer sanitises it).
    case text(String)
    /// An image: its size in pixels when its header tells.
    case image(ImageSize?)
    /// A PDF whose text cannot be read here: `pdftotext` is missing, failed or took too long.
    case pdfWithoutText(PDFTextExtractor.Failure)
}

/// A document opened by the patient: its summary, every version, the one shown and what it
/// holds.
public struct DocumentReading: Sendable, Equatable {
    public var summary: DocumentSummary
    /// Newest first.
    public var versions: [DocumentVersionInfo]
    public var shown: DocumentVersionInfo
    public var body: DocumentBody

    public init(
        summary: DocumentSummary, versions: [DocumentVersionInfo], shown: DocumentVersionInfo,
        body: DocumentBody
    ) {
        self.summary = summary
        self.versions = versions
        self.shown = shown
        self.body = body
    }

    /// Whether the version shown is the latest.
    public var isLatest: Bool { shown.version == versions.first?.version }
}

/// The patient's own reading of their documents. It goes through no gate and is not
/// recorded: the access history records what others do, and the patient's changes.
public struct DocumentReader: Sendable {
    let store: any RecordStore
    let patient: Int64
    let pdf: PDFTextExtractor

    public init(store: any RecordStore, patient: Int64, pdf: PDFTextExtractor = .installed) {
        self.store = store
        self.patient = patient
        self.pdf = pdf
    }

    /// A version of a document (the latest when `version` is nil), or nil when the record
    /// holds no such document or version.
    public func read(_ id: Int64, version: Int? = nil) throws -> DocumentReading? {
        guard let summary = try store.document(id, of: patient) else { return nil }
        let versions = try store.documentVersions(of: id)
        guard let number = version ?? versions.first?.version,
            let shown = versions.first(where: { $0.version == number }),
            let content = try store.documentContent(id, version: number)
        else { return nil }
        return DocumentReading(
            summary: summary, versions: versions, shown: shown, body: body(of: content, shown.mediaType))
    }

    func body(of content: Data, _ mediaType: MediaType) -> DocumentBody {
        if let text = DocumentText.text(of: content, mediaType) { return .text(text) }
        switch mediaType {
        case .pdf:
            switch pdf.text(of: content) {
            case .success(let text): return .text(text)
            case .failure(let failure): return .pdfWithoutText(failure)
            }
        default:
            return .image(ImageSize.of(content, mediaType))
        }
    }
}

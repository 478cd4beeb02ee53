import Foundation

/// Who wrote a document, a version or a measurement.
public enum Author: Sendable, Equatable {
    case patient
    case professional(rpps: String)
    case establishment(finess: String)
}

/// The file types a document version may hold. Patients deposit text, PDF, JPEG, PNG, TIFF
/// and RTF, as in Mon Espace Santé; professionals' software may also send XML (CDA).
public enum MediaType: String, CaseIterable, Sendable {
    case text = "text/plain"
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"
    case xml = "text/xml"
    case tiff = "image/tiff"
    case rtf = "application/rtf"

    /// Whether the content is text a terminal can show as it is (RTF needs its markup removed).
    public var isPlainText: Bool { self == .text || self == .xml }
}

/// A document as listings show it: its current state, without its content.
public struct DocumentSummary: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var category: DocumentCategory
    public var author: Author
    /// Display name of the author (the patient's own name for their deposits).
    public var authorName: String
    /// Date of the act (consultation, exam, prescription).
    public var date: Date
    /// When it was put into the record.
    public var deposited: Date
    /// Masked from professionals: only the patient, its author and the treating doctor see it.
    public var masked: Bool
    public var versionCount: Int

    public init(
        id: Int64, title: String, category: DocumentCategory, author: Author, authorName: String,
        date: Date, deposited: Date, masked: Bool, versionCount: Int
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.author = author
        self.authorName = authorName
        self.date = date
        self.deposited = deposited
        self.masked = masked
        self.versionCount = versionCount
    }
}

/// What is needed to put a document into the record; it becomes version 1.
public struct NewDocument: Sendable {
    public var category: DocumentCategory
    public var title: String
    public var author: Author
    public var date: Date
    public var deposited: Date
    public var masked: Bool
    public var mediaType: MediaType
    public var content: Data
    /// The document's text for search when it cannot be read from the content itself (a
    /// PDF's text, extracted beforehand); nil reads it from text and RTF content.
    public var text: String?
    /// An author a file names without a national number (RPPS, FINESS): kept by name, with
    /// the patient as the document's holder. Nil for every other document.
    public var authorName: String?

    public init(
        category: DocumentCategory, title: String, author: Author, date: Date, deposited: Date,
        masked: Bool = false, mediaType: MediaType = .text, content: Data, text: String? = nil,
        authorName: String? = nil
    ) {
        self.authorName = authorName
        self.category = category
        self.title = title
        self.author = author
        self.date = date
        self.deposited = deposited
        self.masked = masked
        self.mediaType = mediaType
        self.content = content
        self.text = text
    }
}

/// Limits on documents.
public enum DocumentLimits {
    /// Patients deposit files of at most 5 MB.
    public static let maximumPatientFileSize = 5 * 1024 * 1024
    /// Professionals' documents (imaging reports, CDA files) may be larger, within reason.
    public static let maximumFileSize = 64 * 1024 * 1024
}

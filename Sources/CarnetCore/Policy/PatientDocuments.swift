import Foundation

/// Why the patient's change to a document was refused. Nothing was written.
public enum DocumentChangeError: Error, Equatable, Sendable {
    case noDocument(id: Int64)
    case emptyTitle
    case titleTooLong(length: Int)
    /// The date of the act is after today.
    case futureDate(Date)
    /// The date of the act breaks another rule of `RecordDays` (before birth, before 1900).
    case badDay(DayProblem)
    case alreadyMasked(title: String)
    case notMasked(title: String)
    /// Only documents the patient deposited can be deleted.
    case notYours(title: String, author: String)

    public static let maximumTitleLength = 500

    public func message(_ text: Catalog) -> String {
        switch self {
        case .noDocument(let id): text[.documentNotFound, String(id)]
        case .emptyTitle: text[.titleEmpty]
        case .titleTooLong(let length):
            text[.titleTooLong, String(length), String(Self.maximumTitleLength)]
        case .futureDate(let date): text[.actDateInFuture, TextFormat(text.language).day(date)]
        case .badDay(let problem): problem.message(text)
        case .alreadyMasked(let title): text[.alreadyMasked, title]
        case .notMasked(let title): text[.notMasked, title]
        case .notYours(let title, let author): text[.deleteNotYours, title, author]
        }
    }
}

/// Masking or unmasking done: the document as it is now, and who sees it.
public struct MaskChange: Sendable, Equatable {
    public var document: DocumentSummary
    public var audience: DocumentAudience

    /// What happened, in words: "Masked: only you, its author Dr Martin and your treating
    /// doctor Dr Durand will see “Blood test”."
    public func done(_ text: Catalog) -> String {
        if document.masked { return text[.maskedDone, audience.stillSeeing(text), document.title] }
        return audience.whileUnmasked.isEmpty
            ? text[.unmaskedDoneNobody, document.title]
            : text[.unmaskedDone, audience.unmaskedOnly(text), document.title]
    }

    /// The question before the change (the document is not changed yet).
    public func question(_ text: Catalog) -> String {
        if document.masked {
            return audience.whileUnmasked.isEmpty
                ? text[.confirmUnmaskNobody, document.title]
                : text[.confirmUnmask, document.title, audience.unmaskedOnly(text)]
        }
        return audience.whileUnmasked.isEmpty
            ? text[.confirmMaskNobody, document.title, audience.stillSeeing(text)]
            : text[.confirmMask, document.title, audience.unmaskedOnly(text), audience.stillSeeing(text)]
    }
}

/// The patient's own changes to their documents: add, mask, unmask, delete. Each is checked
/// with a clear reason, written, and appended to the access history in one transaction.
///
/// ```swift
/// let documents = PatientDocuments(store: store, patient: patient)
/// let file = try DocumentFile.read("bilan.pdf", by: .patient)
/// let added = try documents.add(file, category: .labResults, title: "Bilan sanguin")
/// print(try documents.mask(added.id).done(Catalog(.en)))
/// ```
public struct PatientDocuments: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date
    let pdf: PDFTextExtractor

    public init(
        store: any RecordStore, patient: Patient, pdf: PDFTextExtractor = .installed,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.patient = patient
        self.pdf = pdf
        self.now = now
    }

    /// Puts a checked file into the record, the patient as its author; `date` is the date
    /// of the act (today when nil), never after today.
    public func add(
        _ file: DocumentFile, category: DocumentCategory, title: String, date: Date? = nil
    ) throws -> DocumentSummary {
        let title = try Self.checkedTitle(title)
        // Checked again here: a file built by hand must meet the same rules as one read.
        let file = try DocumentFile.check(name: file.name, content: file.content, by: .patient)
        let at = now()
        if let date { try Self.checkActDay(date, birthDate: patient.birthDate, now: at) }
        // The PDF's text, for search, is read before the transaction: it may take a moment.
        let text = file.mediaType == .pdf ? try? pdf.text(of: file.content).get() : nil
        return try store.write { writer in
            let id = try writer.addDocument(
                NewDocument(
                    category: category, title: title, author: .patient, date: date ?? at, deposited: at,
                    mediaType: file.mediaType, content: file.content, text: text),
                patient: patient.id)
            try log(.add, id, writer)
            guard let added = try writer.document(id, of: patient.id) else {
                throw DocumentChangeError.noDocument(id: id)
            }
            return added
        }
    }

    /// The document and who sees it now, to ask before masking or unmasking it.
    public func maskPreview(_ id: Int64) throws -> MaskChange {
        try store.read { reader in
            let document = try existing(id, reader)
            return MaskChange(
                document: document, audience: try DocumentAudience.of(document, patient: patient.id, reader))
        }
    }

    /// Masks a document from professionals: only the patient, its author and the treating
    /// doctor see it from now on.
    public func mask(_ id: Int64) throws -> MaskChange {
        try setMasked(id, true)
    }

    /// Shows a masked document to professionals again.
    public func unmask(_ id: Int64) throws -> MaskChange {
        try setMasked(id, false)
    }

    /// Deletes a document the patient deposited, with all its versions.
    @discardableResult
    public func delete(_ id: Int64) throws -> DocumentSummary {
        try store.write { writer in
            let document = try existing(id, writer)
            guard document.author == .patient else {
                throw DocumentChangeError.notYours(title: document.title, author: document.authorName)
            }
            try writer.deleteDocument(id)
            try log(.delete, id, writer)
            return document
        }
    }

    // MARK: - Helpers

    private func setMasked(_ id: Int64, _ masked: Bool) throws -> MaskChange {
        try store.write { writer in
            var document = try existing(id, writer)
            if document.masked == masked {
                throw masked
                    ? DocumentChangeError.alreadyMasked(title: document.title)
                    : DocumentChangeError.notMasked(title: document.title)
            }
            try writer.setMasked(document: id, masked: masked)
            try log(masked ? .mask : .unmask, id, writer)
            document.masked = masked
            return MaskChange(
                document: document,
                audience: try DocumentAudience.of(document, patient: patient.id, writer))
        }
    }

    private func existing(_ id: Int64, _ reader: any RecordReader) throws -> DocumentSummary {
        guard let document = try reader.document(id, of: patient.id) else {
            throw DocumentChangeError.noDocument(id: id)
        }
        return document
    }

    private func log(_ action: AccessAction, _ id: Int64, _ writer: any RecordWriter) throws {
        try writer.appendEvent(
            AccessEvent(
                at: now(), actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                action: action, target: "document \(id)", outcome: .done),
            patient: patient.id)
    }

    /// Whether a date falls on a later day than today, in local time.
    /// The rules of `RecordDays` for the day of an act, as the document errors say them.
    static func checkActDay(_ date: Date, birthDate: String, now: Date) throws {
        switch RecordDays.checkAct(date, birthDate: birthDate, now: now) {
        case nil: return
        case .inTheFuture(let day): throw DocumentChangeError.futureDate(day)
        case let problem?: throw DocumentChangeError.badDay(problem)
        }
    }

    /// The rules of a document's title, the same for the patient and a professional.
    static func checkedTitle(_ title: String) throws -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw DocumentChangeError.emptyTitle }
        guard title.count <= DocumentChangeError.maximumTitleLength else {
            throw DocumentChangeError.titleTooLong(length: title.count)
        }
        return title
    }
}

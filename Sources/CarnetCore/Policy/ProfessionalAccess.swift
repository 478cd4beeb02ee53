import Foundation

/// A document as a professional receives it: its summary and the content of its latest
/// version.
public struct DocumentContent: Sendable {
    public var summary: DocumentSummary
    public var mediaType: MediaType
    public var content: Data
}

/// The policy gate: every list, read, add and update by a professional passes here. Each
/// call decides, appends the access event and creates the notification in one transaction;
/// a refusal is recorded too, then thrown as `AccessDenied`.
///
/// ```swift
/// let access = ProfessionalAccess(store: store, patient: 1, rpps: "10000000002")
/// let documents = try access.listDocuments()  // what this pharmacist may see
/// ```
public struct ProfessionalAccess: Sendable {
    let store: any RecordStore
    let patient: Int64
    let rpps: String
    let emergency: Bool
    let now: @Sendable () -> Date
    /// Reads a PDF's text for the search index.
    let pdf: PDFTextExtractor

    public init(
        store: any RecordStore, patient: Int64, rpps: String, emergency: Bool = false,
        pdf: PDFTextExtractor = .installed,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.patient = patient
        self.rpps = rpps
        self.emergency = emergency
        self.pdf = pdf
        self.now = now
    }

    /// The documents this professional may see, newest first.
    public func listDocuments() throws -> [DocumentSummary] {
        try gate(.list, target: "documents", notify: .read) { reader, grant in
            try reader.allDocuments(of: patient).filter { grant.refusal(for: $0) == nil }
        }
    }

    /// One document and its latest content. A content the caller cannot deliver (`delivers`
    /// false: a binary file to a terminal) is not read at all: nothing is logged or notified,
    /// and `DocumentNotDelivered` says why.
    public func read(_ id: Int64, delivers: (MediaType) -> Bool = { _ in true }) throws -> DocumentContent {
        try gate(.read, target: "document \(id)", notify: .read) { reader, grant in
            let document = try grant.visibleDocument(id, patient: patient, reader)
            let version = try reader.latestVersion(of: id)
            let mediaType = version?.mediaType ?? .text
            // Thrown out of the transaction: the read, its event and its notification are undone.
            guard delivers(mediaType) else { throw DocumentNotDelivered(id: id, mediaType: mediaType) }
            return DocumentContent(summary: document, mediaType: mediaType, content: version?.content ?? Data())
        }
    }

    /// Puts a new document into the record with this professional as its author.
    public func add(
        category: DocumentCategory, title: String, date: Date? = nil, mediaType: MediaType, content: Data
    ) throws -> Int64 {
        let at = now()
        // The patient's own rules, checked before anything is logged: a refused title or day
        // is a mistake to correct, not an access.
        let title = try PatientDocuments.checkedTitle(title)
        if let date {
            let birthDate = try store.patient(matching: String(patient)).birthDate
            try PatientDocuments.checkActDay(date, birthDate: birthDate, now: at)
        }
        let text = searchText(mediaType, content)
        return try gate(.add, target: "documents", notify: .add, named: { "document \($0)" }) { writer, grant in
            guard Habilitation.allows(grant.professional.profession, category) else {
                throw Refusal(.category(category))
            }
            return try writer.addDocument(
                NewDocument(
                    category: category, title: title, author: .professional(rpps: rpps), date: date ?? at,
                    deposited: at, mediaType: mediaType, content: content, text: text),
                patient: patient)
        }
    }

    /// Adds a new version to a document this professional wrote.
    public func update(_ id: Int64, mediaType: MediaType, content: Data) throws {
        let at = now()
        let text = searchText(mediaType, content)
        try gate(.modify, target: "document \(id)", notify: .modify) { writer, grant in
            let document = try grant.visibleDocument(id, patient: patient, writer)
            guard document.author == .professional(rpps: rpps) else { throw Refusal(.notAuthor(id: id)) }
            try writer.addVersion(
                document: id, author: .professional(rpps: rpps), at: at, mediaType: mediaType,
                content: content, text: text)
        }
    }

    /// Professions that may vaccinate an adult in France.
    public static let vaccinators: Set<Profession> = [.physician, .midwife, .nurse, .pharmacist]

    /// Adds a line to the vaccination card, this professional as vaccinator, "entered by a
    /// professional". An entry refused by its checks writes nothing and throws
    /// `VaccinationError`; a professional who may not vaccinate is refused and recorded.
    public func vaccinate(_ entry: VaccinationEntry) throws -> Vaccination {
        let at = now()
        var checked: Vaccination?
        let id = try gate(.add, target: "vaccinations", notify: .add) { writer, grant in
            guard Self.vaccinators.contains(grant.professional.profession) else {
                throw Refusal(.notAVaccinator)
            }
            let birthDate = try writer.patient(patient)?.birthDate ?? ""
            var entry = entry
            entry.vaccinator = entry.vaccinator ?? grant.professional.name
            let vaccination = try entry.checked(
                birthDate: birthDate, now: at, enteredBy: .professional, vaccinatorRpps: rpps)
            checked = vaccination
            return try writer.addVaccination(vaccination, patient: patient)
        }
        checked?.id = id
        return checked!
    }

    /// A PDF's text for the search index, read before the transaction (it may take a moment).
    private func searchText(_ mediaType: MediaType, _ content: Data) -> String? {
        mediaType == .pdf ? try? pdf.text(of: content).get() : nil
    }

    // MARK: - The gate

    /// A refusal found while acting: recorded, then thrown once the record of it is written.
    struct Refusal: Error {
        let reason: AccessDenied
        init(_ reason: AccessDenied) { self.reason = reason }
    }

    /// `named` gives the target once the act is done, when only then it is known (the new
    /// document's id).
    func gate<T>(
        _ action: AccessAction, target: String, notify: Notification.Kind,
        named: ((T) -> String)? = nil, _ body: (any RecordWriter, AccessGrant) throws -> T
    ) throws -> T {
        // The command line checks it first; this keeps any other caller's malformed
        // identifier out of the permanent history too.
        guard HealthIdentifier.isRPPS(rpps) else {
            throw StoreError.rule(.ruleRPPSDigits, [])
        }
        let at = now()
        let outcome: Result<T, AccessDenied> = try store.write { writer in
            let name = try writer.professionalName(rpps)
            var event = AccessEvent(
                at: at, actorType: .professional, actorId: rpps, actorName: name ?? "unknown professional",
                action: action, target: target, outcome: .done, emergency: emergency)
            do {
                let grant = try AccessGrant.decide(rpps: rpps, patient: patient, emergency: emergency, writer)
                // Savepoint: a refusal found while acting undoes the act, not the record of it.
                let result = try writer.atomically { try body(writer, grant) }
                if let named { event.target = named(result) }
                try notifyPatient(event, kind: grant.emergency ? .emergency : notify, writer)
                return .success(result)
            } catch let refusal as Refusal {
                event.outcome = .denied
                event.reason = refusal.reason.logReason
                try notifyPatient(event, kind: .refused, writer)
                return .failure(refusal.reason)
            }
        }
        return try outcome.get()
    }

    /// Appends the event and notifies the patient of it. Every notification is kept: the
    /// patient's preferences silence only the banners of reads and document changes.
    private func notifyPatient(_ event: AccessEvent, kind: Notification.Kind, _ writer: any RecordWriter) throws {
        let id = try writer.appendEvent(event, patient: patient)
        let document = try event.documentId.flatMap { id in try writer.document(id, of: patient)?.id }
        try writer.addNotification(event: id, kind: kind, patient: patient, at: event.at, document: document)
    }
}

/// A document the caller could not have delivered (a binary file to a terminal): it was not
/// read, so the history does not say it was.
public struct DocumentNotDelivered: Error, Equatable {
    public var id: Int64
    public var mediaType: MediaType
}

import Foundation

/// The reads of one transaction (see `RecordStore.read` and `RecordStore.write`): what the
/// policy decides on, what a change shows back, and what an export streams as one moment of
/// the record.
public protocol RecordReader {
    func patient(_ id: Int64) throws -> Patient?
    /// The consent settings of a record; nil when the carnet holds no such patient.
    func recordSettings(of patient: Int64) throws -> RecordSettings?

    // MARK: What the policy decides on

    func professional(_ rpps: String) throws -> Professional?
    func professionalName(_ rpps: String) throws -> String?
    /// Every professional the carnet knows, by name.
    func professionalsByName() throws -> [Professional]
    /// The patient's decision about this professional, if any.
    func consentStatus(patient: Int64, rpps: String) throws -> ConsentStatus?
    /// The establishments this professional works for, by name, with the patient's decision
    /// about each.
    func establishmentConsents(patient: Int64, rpps: String) throws -> [EstablishmentConsent]
    /// The professionals and establishments the patient has decided about, or could.
    func directory(of patient: Int64) throws -> [DirectoryEntry]

    // MARK: Documents and the rest, as the policy and the patient's changes read them

    func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary?
    /// Every document of the patient, newest act first (the policy filters them).
    func allDocuments(of patient: Int64) throws -> [DocumentSummary]
    func latestVersion(of document: Int64) throws -> DocumentVersionContent?
    func profileEntry(_ id: Int64, of patient: Int64) throws -> ProfileEntry?
    func bloodGroupEntry(of patient: Int64) throws -> ProfileEntry?
    /// Whether a notification is read; nil when the patient has no such notification.
    func notificationIsRead(_ id: Int64, patient: Int64) throws -> Bool?

    // MARK: What an export streams

    /// Every professional, by RPPS.
    func professionals() throws -> [Professional]
    func establishments() throws -> [Establishment]
    /// Which establishments each professional works for, by RPPS.
    func affiliations() throws -> [String: [String]]
    /// Consents by actor (RPPS or FINESS), in the order they were given.
    func consents(of patient: Int64) throws -> [RecordConsent]
    /// The vaccination card in the order it was written.
    func vaccinations(of patient: Int64) throws -> [Vaccination]
    func profile(of patient: Int64) throws -> [ProfileEntry]
    func exportCounts(of patient: Int64) throws -> ExportCounts
    /// Every version of every document, oldest document first, each one's versions in order.
    func forEachVersion(of patient: Int64, _ body: (ExportedVersion) throws -> Void) throws
    /// Every reading, oldest first; a blood pressure's systolic just before its diastolic.
    func forEachReading(of patient: Int64, _ body: (ExportedReading) throws -> Void) throws
    /// The access history, oldest first.
    func forEachEvent(of patient: Int64, _ body: (AccessEvent) throws -> Void) throws

    // MARK: Copying a record: ids kept (see `CopiedRows.swift` and `RecordCopy`)

    /// The patient's consent settings as kept; nil when the carnet holds no such patient.
    func copiedSettings(of patient: Int64) throws -> CopiedSettings?
    /// Every document's header and search words, by id.
    func forEachCopiedDocument(of patient: Int64, _ body: (CopiedDocument) throws -> Void) throws
    /// Every version of every document, by document id then version.
    func forEachCopiedVersion(of patient: Int64, _ body: (CopiedVersion) throws -> Void) throws
    /// Every reading, by id.
    func forEachCopiedReading(of patient: Int64, _ body: (CopiedReading) throws -> Void) throws
    /// The access history as written (hash and previous id), by id: the chain's order.
    func forEachCopiedEvent(of patient: Int64, _ body: (CopiedEvent) throws -> Void) throws
    /// Every notification with its event's hash, by id.
    func forEachCopiedNotification(of patient: Int64, _ body: (CopiedNotification) throws -> Void) throws
    /// The banner preferences the patient set (a kind not set has its default).
    func bannerPreferenceSettings(of patient: Int64) throws -> [Notification.Kind: Bool]
    /// Where each imported item came from.
    func forEachImportSource(of patient: Int64, _ body: (CopiedImportSource) throws -> Void) throws
}

/// An establishment a professional works for, and the patient's decision about it.
public struct EstablishmentConsent: Sendable, Equatable {
    public var name: String
    public var status: ConsentStatus?

    public init(name: String, status: ConsentStatus?) {
        self.name = name
        self.status = status
    }
}

/// The latest version's content of a document.
public struct DocumentVersionContent: Sendable, Equatable {
    public var mediaType: MediaType
    public var content: Data

    public init(mediaType: MediaType, content: Data) {
        self.mediaType = mediaType
        self.content = content
    }
}

/// A patient's decision about a professional (RPPS) or an establishment (FINESS).
public struct RecordConsent: Sendable, Equatable {
    public var actor: String
    public var isProfessional: Bool
    public var status: ConsentStatus
    public var at: Date

    public init(actor: String, isProfessional: Bool, status: ConsentStatus, at: Date) {
        self.actor = actor
        self.isProfessional = isProfessional
        self.status = status
        self.at = at
    }
}

/// How many document versions, readings and events an export will write.
public struct ExportCounts: Sendable, Equatable {
    public var versions: Int
    public var readings: Int
    public var events: Int

    public init(versions: Int, readings: Int, events: Int) {
        self.versions = versions
        self.readings = readings
        self.events = events
    }
}

/// One version of a document as the export writes it: the document's header and this
/// version's author, time and content.
public struct ExportedVersion: Sendable {
    public var document: DocumentSummary
    public var version: Int
    public var versionCount: Int
    public var author: Author
    public var created: Date
    public var mediaType: MediaType
    public var content: Data

    public init(
        document: DocumentSummary, version: Int, versionCount: Int, author: Author, created: Date,
        mediaType: MediaType, content: Data
    ) {
        self.document = document
        self.version = version
        self.versionCount = versionCount
        self.author = author
        self.created = created
        self.mediaType = mediaType
        self.content = content
    }
}

/// A reading with who took it (the listing does not say).
public struct ExportedReading: Sendable {
    public var measurement: Measurement
    public var source: MeasurementSource

    public init(measurement: Measurement, source: MeasurementSource) {
        self.measurement = measurement
        self.source = source
    }
}

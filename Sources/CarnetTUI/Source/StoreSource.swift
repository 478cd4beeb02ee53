import CarnetCore
import Foundation

/// The panes' rows read from a record store, a page at a time.
public struct StoreSource: RecordSource {
    let store: any RecordStore
    let patient: Int64
    /// The patient whole, for the work that needs more than the number (an export).
    let person: Patient
    let consent: ConsentSettings
    let birthDate: String
    /// The child's sex, which chooses the WHO growth curves; nil when the record does not say.
    let sex: Sex?
    let documents: PatientDocuments
    let vaccinationCard: PatientVaccinations
    let readings: PatientMeasurements
    let profile: PatientProfile
    let reader: DocumentReader
    let inbox: NotificationInbox
    let watcher: any ChangeFeed
    let text: Catalog
    let format: TextFormat
    let pdf: PDFTextExtractor
    /// A kiosk's source: the one record it was started on, and nothing of the others.
    let onlyThisRecord: Bool

    /// `pdf` reads PDFs' text (by default `pdftotext` when it is installed).
    public init(
        store: any RecordStore, patient: Patient, language: Language = .en, pdf: PDFTextExtractor = .installed,
        onlyThisRecord: Bool = false
    ) throws {
        self.store = store
        self.pdf = pdf
        self.onlyThisRecord = onlyThisRecord
        self.patient = patient.id
        person = patient
        consent = ConsentSettings(store: store, patient: patient)
        birthDate = patient.birthDate
        sex = patient.sex
        documents = PatientDocuments(store: store, patient: patient, pdf: pdf)
        vaccinationCard = PatientVaccinations(store: store, patient: patient)
        readings = PatientMeasurements(store: store, patient: patient)
        profile = PatientProfile(store: store, patient: patient)
        reader = DocumentReader(store: store, patient: patient.id, pdf: pdf)
        inbox = NotificationInbox(store: store, patient: patient)
        watcher = try store.changeFeed()
        text = Catalog(language)
        format = TextFormat(language)
    }

    public func count(of list: ListID) throws -> Int {
        try list.list.count(in: self)
    }

    public func page(of list: ListID, _ request: PageRequest, limit: Int) throws -> [ListRow] {
        try list.list.page(in: self, request, limit: limit)
    }

    public func run(_ job: RecordJob, progress: @escaping (Int, Int) -> Void) -> JobOutcome {
        job.work.run(
            on: RecordAccess(store: store, patient: person, text: text, format: format), progress: progress)
    }

    public func accessEvent(_ id: Int64) throws -> (event: AccessEvent, targetName: String?)? {
        guard let event = try store.accessEvent(id, of: patient) else { return nil }
        return (event, try store.targetNames([event.target], of: patient)[event.target])
    }

    public func verifyChain(upTo id: Int64) throws -> AccessChainReport {
        try store.verifyAccessChain(of: patient, upTo: id)
    }

    public func chainHead() throws -> AccessChainHead {
        try store.accessChainHead(of: patient)
    }

    public func directory() throws -> [DirectoryEntry] {
        try store.directory(of: patient)
    }

    public var patientActorId: String { String(patient) }

    public func vaccinationsDue() throws -> [DueLine] {
        let now = Date()
        let due = VaccinationSchedule(birthDate: birthDate, card: try store.vaccinationCard(of: patient)).due(
            on: now)
        return VaccinationsPane.dueLines(due, text, format, today: now)
    }

    public func measurementSummary(_ type: MeasurementType) throws -> String? {
        try store.measurementSummary(of: patient, type: type)?.sentence(text, format)
    }

    public func kioskPinMatches(_ pin: String) -> Bool {
        guard let stored = try? store.kioskPin() else { return false }
        return stored.matches(pin)
    }

    public func measurementBuckets(_ type: MeasurementType, span: Int64?, count: Int) throws
        -> MeasurementBuckets?
    {
        try store.measurementBuckets(of: patient, type: type, span: span, count: count)
    }

    public func vaccinationDiseases() throws -> [String] {
        try store.vaccinationDiseases(of: patient)
    }

    public func apply(_ change: RecordChange) throws -> String {
        do {
            switch change {
            case .grant(let entry):
                let entry = try consent.grant(entry.id)
                return text[.grantedDone, entry.name, entry.roleWords(text)]
            case .block(let entry):
                let entry = try consent.block(entry.id)
                return text[.blockedDone, entry.name, entry.roleWords(text)]
            case .unblock(let entry):
                let entry = try consent.unblock(entry.id)
                return text[.unblockedDone, entry.name, entry.roleWords(text)]
            case .setTreatingDoctor(let entry):
                let entry = try consent.setTreatingDoctor(entry.id)
                return text[.doctorDone, entry.name]
            case .emergency(let which, let on):
                try consent.setEmergency(which, on: on)
                return text[on ? .emergencyOn : .emergencyOff, text[AccessManagementPane.phrase(of: which)]]
            case .close:
                try consent.close()
                return text[.closedInBrowser]
            case .reopen:
                try consent.reopen()
                return text[.reopenedDone]
            case .markRead(let id):
                return text[try inbox.markRead(id) ? .markedRead : .alreadyRead]
            case .markAllRead:
                let count = try inbox.markAllRead()
                return count == 0 ? text[.nothingUnread] : text[.markedAllRead, format.count(count)]
            case .banners(let topic, let on):
                try inbox.setBanners(topic, on: on)
                return text[on ? .bannersTurnedOn : .bannersTurnedOff, text[topic.phrase]]
            case .addDocument, .maskDocument, .unmaskDocument, .deleteDocument:
                return try applyToDocuments(change)
            case .addVaccination, .addMeasurement:
                return try applyAddition(change)
            case .addProfileEntry, .changeProfileEntry, .removeProfileEntry:
                return try applyToProfile(change)
            }
        } catch let error as ConsentError {
            throw ChangeRefused(error.message(text))
        } catch let error as InboxError {
            throw ChangeRefused(error.message(text))
        }
    }
}

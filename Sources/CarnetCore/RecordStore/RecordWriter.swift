import Foundation

/// The writes of one transaction (see `RecordStore.write`). Values are checked here with
/// clear messages; the store checks them again with its own constraints. Every event goes
/// through `appendEvents`, which chains it to the patient's previous one (`AccessChain`) and
/// counts it in its day.
public protocol RecordWriter: RecordReader {
    /// Runs `body` in a savepoint: when it throws, what it wrote is undone and the rest of the
    /// transaction stays (a refusal undoes the act, not the record of it).
    func atomically<T>(_ body: () throws -> T) throws -> T

    func setMetadata(_ key: String, _ value: String) throws

    // MARK: Records, professionals, consents

    /// Adds a record: refuses a second own record, a child's record for an adult, a name over
    /// 200 characters and an INS the carnet already holds.
    @discardableResult
    func addPatient(_ patient: NewPatient, at now: Date) throws -> Int64
    func renamePatient(_ patient: Int64, to newName: String) throws
    func addProfessional(_ professional: Professional) throws
    func addAffiliation(rpps: String, finess: String) throws
    func addEstablishment(_ establishment: Establishment) throws
    /// Adds a professional unless their RPPS is already known (the record's own entry wins).
    func addProfessionalIfAbsent(_ professional: Professional) throws
    func addAffiliationIfAbsent(rpps: String, finess: String) throws
    func addEstablishmentIfAbsent(_ establishment: Establishment) throws
    func profession(of rpps: String) throws -> Profession?
    func establishmentExists(_ finess: String) throws -> Bool
    func establishmentName(_ finess: String) throws -> String?
    func setConsent(patient: Int64, actorId: String, status: ConsentStatus, at now: Date) throws
    func setTreatingDoctor(patient: Int64, rpps: String?) throws
    func setEmergency(_ which: EmergencySwitch, on: Bool, patient: Int64) throws
    /// Closes the patient's space (`at` a time) or reopens it (`at` nil).
    func setClosed(patient: Int64, at: Date?) throws

    // MARK: Documents

    /// Puts a document into the record as version 1 and returns its id.
    @discardableResult
    func addDocument(_ document: NewDocument, patient: Int64) throws -> Int64
    func deleteDocument(_ id: Int64) throws
    func setMasked(document: Int64, masked: Bool) throws
    /// Adds the next version of a document; its text replaces the previous one's for search.
    func addVersion(
        document: Int64, author: Author, at: Date, mediaType: MediaType, content: Data, text: String?
    ) throws
    func updateDocumentHeader(_ id: Int64, _ document: NewDocument) throws

    // MARK: Card, readings, profile

    @discardableResult
    func addVaccination(_ vaccination: Vaccination, patient: Int64) throws -> Int64
    func updateVaccination(_ id: Int64, _ vaccination: Vaccination) throws
    @discardableResult
    func addMeasurement(_ measurement: NewMeasurement, patient: Int64) throws -> Int64
    func updateMeasurement(_ id: Int64, _ measurement: NewMeasurement) throws
    /// Adds many readings of the patient at once (a device's upload, the large demo's
    /// glucose series), each checked as `addMeasurement` checks it; a server's store sends
    /// them in one bulk `COPY`.
    func addMeasurements(_ measurements: [NewMeasurement], patient: Int64) throws
    @discardableResult
    func addProfileEntry(_ entry: ProfileEntry, patient: Int64) throws -> Int64
    func updateProfileEntry(_ entry: ProfileEntry, patient: Int64) throws
    func deleteProfileEntry(_ id: Int64, patient: Int64) throws
    func hasBloodGroup(patient: Int64) throws -> Bool

    // MARK: History and notifications

    /// Appends events in the order given, each chained to the one before; returns their ids.
    @discardableResult
    func appendEvents(_ events: [AccessEvent], patient: Int64) throws -> [Int64]
    @discardableResult
    func addNotification(
        event: Int64, kind: Notification.Kind, patient: Int64, at: Date, readAt: Date?, document: Int64?
    ) throws -> Int64
    /// Marks the patient's unread notifications read (only `id` when given); returns how many.
    @discardableResult
    func markNotificationsRead(patient: Int64, only id: Int64?, at now: Date) throws -> Int
    func setBannerPreference(patient: Int64, kind: Notification.Kind, enabled: Bool) throws

    // MARK: Where imported items came from

    func importedItem(patient: Int64, source: String, part: String) throws -> ImportedItem?
    func rememberSource(patient: Int64, source: String, part: String, item: ImportedItem) throws
    func importedDocument(patient: Int64, source: String) throws -> Int64?

    // MARK: Copying a record: ids kept (see `CopiedRows.swift` and `RecordCopy`)

    // Rows go in with the ids, times and hashes they had in the other store, checked by the
    // store's constraints but not by the rules of a new entry (a child's record copied years
    // later is an adult's). An id already used here is refused (`StoreError.rule`, a
    // `copy…Taken` phrase naming it); the caller's transaction then writes nothing. Kept
    // counts and roll-ups are kept as for any other write.

    /// Adds a patient with its id and settings; refuses an id, an INS or an own record
    /// (`relation` self) the destination already holds.
    func insertCopiedPatient(_ patient: Patient, settings: CopiedSettings) throws
    func insertCopiedDocuments(_ documents: [CopiedDocument], patient: Int64) throws
    func insertCopiedVersions(_ versions: [CopiedVersion]) throws
    func insertCopiedVaccinations(_ vaccinations: [Vaccination], patient: Int64) throws
    func insertCopiedProfileEntries(_ entries: [ProfileEntry], patient: Int64) throws
    func insertCopiedReadings(_ readings: [CopiedReading], patient: Int64) throws
    /// Adds events exactly as given (ids, hashes, previous ids) and counts them in their days.
    func insertCopiedEvents(_ events: [CopiedEvent], patient: Int64) throws
    /// Adds notifications exactly as given and counts them (and the unread ones) by kind.
    func insertCopiedNotifications(_ notifications: [CopiedNotification], patient: Int64) throws
}

extension RecordWriter {
    // Defaults cannot be said in a requirement: these are the shorter calls.
    @discardableResult
    public func addPatient(_ patient: NewPatient) throws -> Int64 {
        try addPatient(patient, at: Date())
    }

    public func setConsent(patient: Int64, actorId: String, status: ConsentStatus) throws {
        try setConsent(patient: patient, actorId: actorId, status: status, at: Date())
    }

    public func addVersion(document: Int64, author: Author, at: Date, mediaType: MediaType, content: Data)
        throws
    {
        try addVersion(
            document: document, author: author, at: at, mediaType: mediaType, content: content, text: nil)
    }

    /// Appends one event; returns its id.
    @discardableResult
    public func appendEvent(_ event: AccessEvent, patient: Int64) throws -> Int64 {
        try appendEvents([event], patient: patient)[0]
    }

    @discardableResult
    public func addNotification(
        event: Int64, kind: Notification.Kind, patient: Int64, at: Date, document: Int64? = nil
    ) throws -> Int64 {
        try addNotification(
            event: event, kind: kind, patient: patient, at: at, readAt: nil, document: document)
    }

    @discardableResult
    public func markNotificationsRead(patient: Int64, at now: Date) throws -> Int {
        try markNotificationsRead(patient: patient, only: nil, at: now)
    }

    public func importedItem(patient: Int64, source: String) throws -> ImportedItem? {
        try importedItem(patient: patient, source: source, part: "")
    }

    public func rememberSource(patient: Int64, source: String, item: ImportedItem) throws {
        try rememberSource(patient: patient, source: source, part: "", item: item)
    }
}

import Foundation

/// Copies one patient's whole record from one store into another, whatever keeps each (a
/// SQLite file, a clinic's server), with every id kept: the access history's chain names each
/// event's previous id and events name documents, so the history is copied as written, hash
/// and previous id included, never recomputed.
///
/// The source is read in one read transaction (one moment of the record) and streamed a
/// batch at a time into one write transaction of the destination: a million events never sit
/// in memory, and a destination that already uses one of the ids (or the patient's INS) is
/// refused with nothing written. Each event is checked on the way against the one before it,
/// so a history that does not verify is not carried elsewhere. After the commit, `run` checks
/// the destination: its chain verified with the same events and head, every count equal.
///
/// The whole directory of professionals and establishments goes with the record (those
/// already in the destination keep their own entry), so that every name the record shows and
/// every decision it can take is there.
///
/// ```swift
/// let report = try RecordCopy(source: clinic, destination: laptop, patient: 1).run()
/// report.head.code  // "1,000,040 · 5986 6b6f 617a"
/// ```
public struct RecordCopy {
    public let source: any RecordStore
    public let destination: any RecordStore
    public let patient: Int64
    /// Told the rows copied so far (versions, readings and events) and how many there are.
    public var progress: ((Int, Int) -> Void)?

    public init(source: any RecordStore, destination: any RecordStore, patient: Int64) {
        self.source = source
        self.destination = destination
        self.patient = patient
    }

    /// Copies, then verifies the copy; throws `StoreError` for a refusal (nothing written)
    /// or a copy that does not verify.
    public func run() throws -> CopyReport {
        guard !destination.isReadOnly else {
            throw StoreError.rule(.copyDestinationReadOnly, [destination.location])
        }
        guard try destination.kioskPin() == nil else {
            throw StoreError.rule(.copyDestinationKiosk, [destination.location])
        }
        let tally = try source.read { reader in
            try destination.write { writer in try copy(from: reader, to: writer) }
        }
        return try verify(tally)
    }

    // MARK: - Copying

    fileprivate static let batchSize = 500
    /// Versions carry their files (up to 64 MB each): a batch stops at this many bytes.
    fileprivate static let batchBytes = 8 << 20

    private func copy(from reader: any RecordReader, to writer: any RecordWriter) throws -> CopyTally {
        guard let found = try reader.patient(patient), let settings = try reader.copiedSettings(of: patient)
        else {
            throw StoreError.unknownPatient(String(patient))
        }
        var tally = CopyTally(patient: found)
        let total = try reader.exportCounts(of: patient)
        let rows = total.versions + total.readings + total.events
        var done = 0
        func advance(_ count: Int) {
            done += count
            progress?(done, rows)
        }

        try copyDirectory(from: reader, to: writer)
        try writer.insertCopiedPatient(found, settings: settings)
        for consent in try reader.consents(of: patient) {
            try writer.setConsent(
                patient: patient, actorId: consent.actor, status: consent.status, at: consent.at)
            tally.consents += 1
        }

        var documents = Batch<CopiedDocument> { try writer.insertCopiedDocuments($0, patient: patient) }
        try reader.forEachCopiedDocument(of: patient) { try documents.add($0) }
        tally.documents = try documents.finish()

        var versions = Batch<CopiedVersion>(bytes: \.content.count) {
            try writer.insertCopiedVersions($0)
            advance($0.count)
        }
        try reader.forEachCopiedVersion(of: patient) { try versions.add($0) }
        tally.versions = try versions.finish()

        let card = try reader.vaccinations(of: patient)
        try writer.insertCopiedVaccinations(card, patient: patient)
        tally.vaccinations = card.count
        let profile = try reader.profile(of: patient)
        try writer.insertCopiedProfileEntries(profile, patient: patient)
        tally.profileEntries = profile.count

        var readings = Batch<CopiedReading> {
            try writer.insertCopiedReadings($0, patient: patient)
            advance($0.count)
        }
        try reader.forEachCopiedReading(of: patient) { reading in
            tally.readingsByCode[reading.code, default: 0] += 1
            try readings.add(reading)
        }
        tally.readings = try readings.finish()

        var chain = ChainFollower()
        var events = Batch<CopiedEvent> {
            try writer.insertCopiedEvents($0, patient: patient)
            advance($0.count)
        }
        try reader.forEachCopiedEvent(of: patient) { event in
            try chain.follow(event)
            try events.add(event)
        }
        tally.events = try events.finish()
        tally.head = chain.head

        var notifications = Batch<CopiedNotification> {
            try writer.insertCopiedNotifications($0, patient: patient)
        }
        try reader.forEachCopiedNotification(of: patient) { copied in
            if copied.notification.unread { tally.unread += 1 }
            try notifications.add(copied)
        }
        tally.notifications = try notifications.finish()

        for (kind, enabled) in try reader.bannerPreferenceSettings(of: patient).sorted(by: {
            $0.key.rawValue < $1.key.rawValue
        }) {
            try writer.setBannerPreference(patient: patient, kind: kind, enabled: enabled)
        }
        try reader.forEachImportSource(of: patient) { source in
            try writer.rememberSource(
                patient: patient, source: source.source, part: source.part, item: source.item)
            tally.importSources += 1
        }
        return tally
    }

    /// Every professional, establishment and affiliation, unless the destination knows it.
    private func copyDirectory(from reader: any RecordReader, to writer: any RecordWriter) throws {
        for professional in try reader.professionals() { try writer.addProfessionalIfAbsent(professional) }
        for establishment in try reader.establishments() {
            try writer.addEstablishmentIfAbsent(establishment)
        }
        for (rpps, establishments) in try reader.affiliations().sorted(by: { $0.key < $1.key }) {
            for finess in establishments { try writer.addAffiliationIfAbsent(rpps: rpps, finess: finess) }
        }
    }

    // MARK: - Verifying

    /// The destination as it now is against what was read: the chain walked again from its
    /// first event, its head, the rows of each kind, and the counts it keeps beside them.
    private func verify(_ tally: CopyTally) throws -> CopyReport {
        func mismatch(_ what: String, _ expected: Int, _ found: Int) -> StoreError {
            StoreError.rule(.copyVerifyFailed, [what, String(expected), String(found)])
        }
        switch try destination.verifyAccessChain(of: patient) {
        case .intact(let events) where events == tally.events: break
        case .intact(let events): throw mismatch("events", tally.events, events)
        case .broken(let event, _, _): throw StoreError.rule(.copyVerifyChainBroken, [String(event)])
        }
        let head = try destination.accessChainHead(of: patient)
        guard head == tally.head else {
            throw StoreError.rule(.copyVerifyHead, [tally.head.code, head.code])
        }
        let counts = try destination.counts(of: patient)
        let expected: [(String, Int, Int)] = [
            ("documents", tally.documents, counts.documents),
            ("vaccinations", tally.vaccinations, counts.vaccinations),
            ("readings", tally.readings, counts.measurements),
            ("profileEntries", tally.profileEntries, counts.profileEntries),
            ("events", tally.events, counts.accessEvents),
            ("notifications", tally.notifications, counts.notifications),
            ("events (kept count)", tally.events, try destination.accessEventCount(of: patient)),
            ("notifications (kept count)", tally.notifications, try destination.noticeCount(of: patient)),
            (
                "unread notifications (kept count)", tally.unread,
                try destination.noticeCount(of: patient, unreadOnly: true)
            ),
        ]
        for (what, wanted, found) in expected where wanted != found { throw mismatch(what, wanted, found) }
        for type in MeasurementType.allCases {
            let wanted = type.storedCodes.reduce(0) { $0 + tally.readingsByCode[$1, default: 0] }
            let found = try destination.measurementCount(of: patient, type: type)
            if wanted != found { throw mismatch("readings \(type.code) (kept count)", wanted, found) }
        }
        return CopyReport(
            patient: tally.patient, documents: tally.documents, versions: tally.versions,
            vaccinations: tally.vaccinations, readings: tally.readings, profileEntries: tally.profileEntries,
            notifications: tally.notifications, events: tally.events, consents: tally.consents,
            importSources: tally.importSources, head: head)
    }
}

/// What a copy wrote, and the head of the history it copied.
public struct CopyReport: Sendable, Equatable {
    public var patient: Patient
    public var documents: Int
    public var versions: Int
    public var vaccinations: Int
    public var readings: Int
    public var profileEntries: Int
    public var notifications: Int
    public var events: Int
    public var consents: Int
    public var importSources: Int
    /// The destination's head, verified equal to the source's.
    public var head: AccessChainHead
}

/// What was read from the source, counted on the way.
private struct CopyTally {
    var patient: Patient
    var documents = 0
    var versions = 0
    var vaccinations = 0
    var profileEntries = 0
    var readings = 0
    var readingsByCode: [String: Int] = [:]
    var events = 0
    var head = AccessChainHead(events: 0, lastEvent: nil, hash: AccessChain.genesis)
    var notifications = 0
    var unread = 0
    var consents = 0
    var importSources = 0
}

/// Checks that each event read follows the one before it, as `verifyAccessChain` does, and
/// keeps the head: a history that does not verify is refused before it is written anywhere.
private struct ChainFollower {
    private var tip: (id: Int64, hash: Data)?
    private var events = 0

    mutating func follow(_ event: CopiedEvent) throws {
        guard event.previousId == tip?.id,
            AccessChain.hash(of: event.content, after: tip?.hash ?? AccessChain.genesis) == event.hash
        else { throw StoreError.rule(.copySourceChainBroken, [String(event.id)]) }
        tip = (event.id, event.hash)
        events += 1
    }

    var head: AccessChainHead {
        AccessChainHead(events: events, lastEvent: tip?.id, hash: tip?.hash ?? AccessChain.genesis)
    }
}

/// Rows gathered from a stream and handed to `write` a batch at a time: `RecordCopy.batchSize`
/// rows, or fewer when their `bytes` reach `RecordCopy.batchBytes`.
private struct Batch<Row> {
    private var rows: [Row] = []
    private var bytes = 0
    private var written = 0
    private let weigh: (Row) -> Int
    private let write: ([Row]) throws -> Void

    init(bytes weigh: @escaping (Row) -> Int = { _ in 0 }, write: @escaping ([Row]) throws -> Void) {
        self.weigh = weigh
        self.write = write
    }

    mutating func add(_ row: Row) throws {
        rows.append(row)
        bytes += weigh(row)
        if rows.count >= RecordCopy.batchSize || bytes >= RecordCopy.batchBytes { try flush() }
    }

    /// Writes what is left; returns how many rows were written in all.
    mutating func finish() throws -> Int {
        try flush()
        return written
    }

    private mutating func flush() throws {
        guard !rows.isEmpty else { return }
        try write(rows)
        written += rows.count
        rows.removeAll(keepingCapacity: true)
        bytes = 0
    }
}

import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// What the PostgreSQL writer does that SQLite's cannot show: the same chain from the same
/// events, appends from several sessions at once kept linear by the patient's lock, a
/// savepoint that lets the transaction go on after the server refused a statement, and ids
/// given after a copy's explicit ones.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresWriterTests {
    @Test func theChainIsTheSQLiteStoresForTheSameEvents() throws {
        let postgres = try Self.store("chain")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = try StoreLocation.file(folder.appendingPathComponent("record.sqlite").path).create()

        // The same writes on each store: a batch, single events after it, then another
        // transaction, which reads its tip from the record.
        let first: (any RecordWriter) throws -> Void = { writer in
            let patient = try writer.addPatient(Self.patient, at: Self.now)
            try writer.appendEvents(Self.events, patient: patient)
            try writer.appendEvent(Self.events[1], patient: patient)
        }
        // Then a batch large enough to go with one COPY, with text that COPY must escape.
        let second: (any RecordWriter) throws -> Void = { writer in
            try writer.appendEvent(Self.events[0], patient: 1)
            try writer.appendEvents(Self.manyEvents, patient: 1)
        }
        try postgres.writeTransaction { writer in try first(writer) }
        try postgres.writeTransaction { writer in try second(writer) }
        try sqlite.write { writer in try first(writer) }
        try sqlite.write { writer in try second(writer) }
        let chains = [
            try postgres.readTransaction { reader in try Self.chain(of: 1, reader) },
            try sqlite.read { reader in try Self.chain(of: 1, reader) },
        ]
        #expect(chains[0].count == Self.events.count + 2 + Self.manyEvents.count)
        #expect(chains[0] == chains[1])
        #expect(chains[0].map(\.hash).allSatisfy { $0.count == 32 })
    }

    @Test func sessionsAppendingToOnePatientAtOnceKeepOneLinearChain() throws {
        let store = try Self.store("concurrent")
        try store.writeTransaction { writer in _ = try writer.addPatient(Self.patient, at: Self.now) }
        let writers = 4
        let appends = 40
        // Each writer its own store, with its own sessions, as another process would have;
        // all opened before any starts, so that their appends overlap.
        let stores = try (0..<writers).map { _ in try Self.store(reopening: store) }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers) { index in
            do {
                for count in 0..<appends {
                    var event = Self.events[count % Self.events.count]
                    event.actorName = "writer \(index)"
                    try stores[index].writeTransaction { writer in
                        _ = try writer.appendEvents([event, event], patient: 1)
                    }
                }
            } catch {
                failures.add(error)
            }
        }
        for other in stores { try other.close() }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let chain = try store.readTransaction { reader in try Self.chain(of: 1, reader) }
        #expect(chain.count == writers * appends * 2)
        Self.expectLinear(chain)
    }

    @Test func anAppendWaitsForTheTransactionHoldingThePatientsHistory() throws {
        let store = try Self.store("waits")
        try store.writeTransaction { writer in _ = try writer.addPatient(Self.patient, at: Self.now) }
        let other = try Self.store(reopening: store)
        let second = Failures()
        let done = DispatchSemaphore(value: 0)
        let secondId = Shared<Int64>(0)
        let first = try store.writeTransaction { writer in
            let id = try writer.appendEvent(Self.events[0], patient: 1)
            // Another session appends while this transaction holds the patient's history: it
            // must wait for this commit and follow this event, not the one before.
            DispatchQueue.global().async {
                do {
                    secondId.value = try other.writeTransaction { writer in
                        try writer.appendEvent(Self.events[1], patient: 1)
                    }
                } catch {
                    second.add(error)
                }
                done.signal()
            }
            #expect(done.wait(timeout: .now() + 0.5) == .timedOut, "the second append did not wait")
            return id
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(second.all.isEmpty, "\(second.all)")
        let chain = try store.readTransaction { reader in try Self.chain(of: 1, reader) }
        #expect(chain.map(\.id) == [first, secondId.value])
        #expect(chain.last?.previousId == first)
        Self.expectLinear(chain)
        try other.close()
    }

    @Test func aRefusalInsideAtomicallyUndoesOnlyTheAct() throws {
        let store = try Self.store("atomically")
        let doctor = Professional(rpps: "10000000001", name: "Dr Martin", profession: .physician)
        try store.writeTransaction { writer in
            let patient = try writer.addPatient(Self.patient, at: Self.now)
            try writer.addProfessional(doctor)
            try writer.setTreatingDoctor(patient: patient, rpps: doctor.rpps)
        }
        try store.writeTransaction { writer in
            // The server refuses the statement (its trigger): without the savepoint, PostgreSQL
            // would refuse every later statement of the transaction too.
            let refusal = #expect(throws: StoreError.self) {
                try writer.atomically {
                    try writer.addDocument(Self.document, patient: 1)
                    try writer.setConsent(patient: 1, actorId: doctor.rpps, status: .blocked, at: Self.now)
                }
            }
            #expect(refusal == StoreError.rule(.ruleTreatingDoctorNotBlocked, []))
            var denied = Self.events[0]
            denied.action = .block
            denied.outcome = .denied
            try writer.appendEvent(denied, patient: 1)
        }
        try store.readTransaction { reader in
            #expect(try reader.allDocuments(of: 1).isEmpty)
            #expect(try reader.consentStatus(patient: 1, rpps: doctor.rpps) == nil)
            let chain = try Self.chain(of: 1, reader)
            #expect(chain.map(\.content.outcome) == ["denied"])
        }
    }

    @Test func insertsAfterACopyGetFreshIds() throws {
        let store = try Self.store("copyids")
        let copied = Patient(
            id: 40, name: "Copied Patient", birthDate: "1980-05-02", ins: nil, createdAt: Self.now,
            relation: .other, sex: nil)
        let event = CopiedEvent(
            id: 100, content: AccessEventContent(Self.events[0], patient: 40),
            hash: AccessChain.hash(
                of: AccessEventContent(Self.events[0], patient: 40), after: AccessChain.genesis),
            previousId: nil)
        try store.writeTransaction { writer in
            try writer.insertCopiedPatient(
                copied,
                settings: CopiedSettings(
                    treatingDoctorRpps: nil, samuEmergency: true, anyEmergency: true, maskedEmergency: false,
                    closedAt: nil))
            try writer.insertCopiedDocuments(
                [
                    CopiedDocument(
                        id: 70, category: .reports, title: "Compte rendu", author: .patient, authorName: nil,
                        date: Self.now, deposited: Self.now, masked: false,
                        hiddenFromLegalRepresentatives: false,
                        search: DocumentSearchText(
                            title: "Compte rendu", author: "Copied Patient", body: "texte"))
                ], patient: 40)
            try writer.insertCopiedEvents([event], patient: 40)
        }
        let (patient, document, appended) = try store.writeTransaction { writer in
            let patient = try writer.addPatient(Self.patient, at: Self.now)
            let document = try writer.addDocument(Self.document, patient: 40)
            let appended = try writer.appendEvent(Self.events[1], patient: 40)
            return (patient, document, appended)
        }
        #expect(patient == 41)
        #expect(document == 71)
        #expect(appended == 101)
        let chain = try store.readTransaction { reader in try Self.chain(of: 40, reader) }
        #expect(chain.map(\.id) == [100, 101])
        Self.expectLinear(chain)
        // A copy whose ids the record already uses is refused, naming the id.
        let taken = #expect(throws: StoreError.self) {
            try store.writeTransaction { writer in try writer.insertCopiedEvents([event], patient: 40) }
        }
        #expect(taken == StoreError.rule(.copyEventTaken, ["100"]))
    }

    @Test func theApplicationsRoleCopiesARecordAndMovesTheSequences() throws {
        let database = try PostgresTestDatabase.migrated("approle")
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let roles = PostgresRoles(
            database: database.name, application: "app_\(suffix)", kiosk: "kiosk_\(suffix)")
        let password = "Pw-" + UUID().uuidString
        try database.withSession { session in
            try session.execute(roles.statements)
            try session.run("ALTER ROLE \(roles.application) PASSWORD '\(password)'")
        }
        let cluster = database.cluster
        let store = try PostgresStore.open(
            url: cluster.url(database: database.name, user: roles.application), .existing,
            environment: ["PGPASSWORD": password], home: "/nonexistent")
        defer { try? store.close() }
        let copied = Patient(
            id: 50, name: "Copied Patient", birthDate: "1980-05-02", ins: nil, createdAt: Self.now,
            relation: .other)
        try store.writeTransaction { writer in
            try writer.insertCopiedPatient(
                copied,
                settings: CopiedSettings(
                    treatingDoctorRpps: nil, samuEmergency: true, anyEmergency: true, maskedEmergency: false,
                    closedAt: nil))
        }
        #expect(
            try store.writeTransaction { writer in try writer.addPatient(Self.patient, at: Self.now) } == 51)
    }

    // MARK: - Helpers

    static let now = Date(unixSeconds: 1_733_000_000)
    static let patient = NewPatient(name: "Camille Durand", birthDate: "1985-03-14", relation: .own)
    static let document = NewDocument(
        category: .reports, title: "Bilan", author: .patient, date: now, deposited: now, mediaType: .text,
        content: Data("Bilan sanguin".utf8))
    /// Events with every field that hashes, accents and a reason included.
    static let events = [
        AccessEvent(
            at: now, actorType: .professional, actorId: "10000000001", actorName: "Dr Hélène Martin",
            action: .read, target: "document 1", outcome: .done),
        AccessEvent(
            at: now.addingTimeInterval(61), actorType: .professional, actorId: "10000000002",
            actorName: "SAMU 75", action: .read, target: "document 2", outcome: .done, emergency: true,
            reason: "détresse respiratoire"),
        AccessEvent(
            at: now.addingTimeInterval(3_600), actorType: .patient, actorId: "patient", actorName: "Camille",
            action: .mask, target: "document 1", outcome: .done),
    ]

    /// More events than `PostgresTransaction.eventsPerCopy`, with tabs, newlines, backslashes
    /// and a missing reason among them.
    static let manyEvents = (0..<250).map { index in
        AccessEvent(
            at: now.addingTimeInterval(Double(7_200 + index)), actorType: .establishment,
            actorId: "990000010",
            actorName: "CH \\ Pôle\tnord", action: .list, target: "documents\n\(index)", outcome: .done,
            reason: index % 2 == 0 ? nil : "contrôle \\N")
    }

    /// A new record on the test cluster, opened as the application opens it.
    static func store(_ label: String) throws -> PostgresStore {
        let database = try PostgresTestDatabase(label)
        return try PostgresStore.open(
            url: database.cluster.url(database: database.name), .create,
            environment: ["PGPASSWORD": database.cluster.superuserPassword], home: "/nonexistent")
    }

    /// Another store on the same database, with sessions of its own.
    static func store(reopening store: PostgresStore) throws -> PostgresStore {
        let cluster = try PostgresCluster.shared()
        return try PostgresStore.open(
            url: cluster.url(database: store.place.database), .existing,
            environment: ["PGPASSWORD": cluster.superuserPassword], home: "/nonexistent")
    }

    static func chain(of patient: Int64, _ reader: any RecordReader) throws -> [CopiedEvent] {
        var events: [CopiedEvent] = []
        try reader.forEachCopiedEvent(of: patient) { events.append($0) }
        return events
    }

    /// Each event follows the one before it by id and hashes as its content after it.
    static func expectLinear(_ chain: [CopiedEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        var previous: CopiedEvent?
        for event in chain {
            #expect(event.previousId == previous?.id, "event \(event.id)", sourceLocation: sourceLocation)
            #expect(
                event.hash
                    == AccessChain.hash(of: event.content, after: previous?.hash ?? AccessChain.genesis),
                "event \(event.id)", sourceLocation: sourceLocation)
            previous = event
        }
    }
}

/// A value one thread sets and another reads after waiting for it.
private final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

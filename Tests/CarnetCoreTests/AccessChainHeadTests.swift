import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// The history's head, kept outside the record: the cuts and rewrites that a chain alone
/// cannot show (delete the tail, delete all, rewrite and re-hash, drop a trigger).
@Suite struct AccessChainHeadTests {
    let folder = TemporaryFolder()

    /// A small demo record: one patient, events 1…40, notifications among them.
    func demo() throws -> (SQLiteStore, Int64) {
        let store = try SQLiteStore.create(at: folder.file("demo.sqlite"))
        try DemoRecord.fill(store)
        return (store, try store.patient(matching: nil).id)
    }

    @Test func theHeadIsShortAndReadsBackInEitherLanguage() throws {
        let (store, patient) = try demo()
        let head = try store.accessChainHead(of: patient)
        #expect(head.events == 40)
        #expect(head.lastEvent == 40)
        let hex = AccessChain.hex(head.hash)
        #expect(
            head.code == "40 · \(hex.prefix(4)) \(hex.dropFirst(4).prefix(4)) \(hex.dropFirst(8).prefix(4))")
        let kept = KeptHead(events: 1_000_040, hashPrefix: "7f3a91c20b44")
        #expect(kept.code == "1,000,040 · 7f3a 91c2 0b44")
        #expect(KeptHead(parsing: "1,000,040 events · 7f3a 91c2 0b44") == kept)
        #expect(KeptHead(parsing: "1\u{A0}000\u{A0}040 événements · 7F3A 91C2 0B44") == kept)
        for bad in ["", "40", "40 · xyz0 0000", "40 · 7f3a", "· 7f3a 91c2 0b44", "40 · 7f3a · 91c2"] {
            #expect(KeptHead(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func aKeptHeadIsExtendedByNewEvents() throws {
        let (store, patient) = try demo()
        let kept = try #require(KeptHead(parsing: try store.accessChainHead(of: patient).code))
        try appendOne(store, patient)
        #expect(try store.check(kept, of: patient) == .extends(now: 41))
        #expect(try store.change(since: try headAt(40, store, patient), of: patient) == nil)
    }

    @Test func deletingTheTailIsACut() throws {
        let (store, patient) = try demo()
        let seen = try store.accessChainHead(of: patient)
        let kept = try #require(KeptHead(parsing: seen.code))
        try store.execute(
            "DROP TRIGGER access_event_no_delete; DELETE FROM notification WHERE eventId > 35; DELETE FROM accessEvent WHERE id > 35"
        )
        #expect(
            try store.verifyAccessChain(of: patient) == .intact(events: 35), "the chain alone sees nothing")
        #expect(try store.check(kept, of: patient) == .shorter(now: 35))
        #expect(try store.change(since: seen, of: patient) == .shrunk(now: 35))
        // Even with as many events appended again through the writer, the cut shows.
        for _ in 0..<5 { try appendOne(store, patient) }
        #expect(try store.check(kept, of: patient) == .rewritten(event: 40, now: 40))
        #expect(try store.change(since: seen, of: patient) == .rewritten(now: 40))
    }

    @Test func deletingEverythingIsACutAndAnEmptyHistoryUnderDocuments() throws {
        let (store, patient) = try demo()
        let seen = try store.accessChainHead(of: patient)
        try store.execute(
            "DROP TRIGGER access_event_no_delete; PRAGMA foreign_keys = OFF; DELETE FROM notification; DELETE FROM accessEvent"
        )
        #expect(try store.verifyAccessChain(of: patient) == .intact(events: 0))
        #expect(try store.change(since: seen, of: patient) == .shrunk(now: 0))
        let problems = try store.historyProblems(of: patient)
        #expect(problems.contains(.emptyHistory(documents: 16, notifications: 0)))
    }

    @Test func rewritingAndRehashingIsFoundByTheHeadAndTheNotifications() throws {
        let (store, patient) = try demo()
        let seen = try store.accessChainHead(of: patient)
        let kept = try #require(KeptHead(parsing: seen.code))
        let notified = try #require(
            try store.pool.read { db in try Int64.fetchOne(db, sql: "SELECT min(eventId) FROM notification") }
        )
        try store.execute("DROP TRIGGER access_event_no_update")
        try store.execute("UPDATE accessEvent SET actorName = 'Someone Else' WHERE id = \(notified)")
        try rehash(store)
        #expect(
            try store.verifyAccessChain(of: patient) == .intact(events: 40), "a recomputed chain verifies")
        #expect(try store.check(kept, of: patient) == .rewritten(event: 40, now: 40))
        #expect(try store.change(since: seen, of: patient) == .rewritten(now: 40))
        let problems = try store.historyProblems(of: patient)
        #expect(problems.contains { if case .notifiedEventMissing(_, notified) = $0 { true } else { false } })
        #expect(problems.contains(.guardsMissing(["access_event_no_update"])))
    }

    @Test func aDroppedGuardIsReportedAndRestored() throws {
        let (store, patient) = try demo()
        #expect(try store.historyProblems(of: patient).isEmpty)
        try store.execute("DROP TRIGGER access_event_no_update; DROP TRIGGER access_event_no_delete")
        #expect(try store.missingGuards() == ["access_event_no_delete", "access_event_no_update"])
        #expect(try store.restoreGuards() == ["access_event_no_delete", "access_event_no_update"])
        #expect(try store.missingGuards().isEmpty)
        #expect(throws: (any Error).self) { try store.execute("DELETE FROM accessEvent WHERE id = 40") }
    }

    @Test func theMemoryKeepsAHeadPerRecordAndPatientAndForgets() throws {
        let (store, patient) = try demo()
        let memory = HeadMemory(directory: folder.file("state/carnet"))
        let record = folder.file("demo.sqlite")
        #expect(memory.recall(record: record, patient: patient) == nil)
        let head = try store.accessChainHead(of: patient)
        let seenAt = Date(timeIntervalSince1970: 1_796_000_000)
        try memory.remember(head, record: record, patient: patient, at: seenAt)
        #expect(memory.recall(record: record, patient: patient) == HeadMemory.Seen(head: head, at: seenAt))
        #expect(memory.recall(record: record, patient: patient + 1) == nil)
        #expect(memory.recall(record: folder.file("other.sqlite"), patient: patient) == nil)
        memory.forget(record: record)
        #expect(memory.recall(record: record, patient: patient) == nil)
        let unwritable = HeadMemory(directory: "/proc/carnet-cannot-be-here")
        #expect(throws: HeadMemory.Unwritable.self) {
            try unwritable.remember(head, record: record, patient: patient)
        }
    }

    // MARK: - Helpers

    private func appendOne(_ store: SQLiteStore, _ patient: Int64) throws {
        try store.write { writer in
            _ = try writer.appendEvent(
                AccessEvent(
                    at: Date(), actorType: .patient, actorId: String(patient), actorName: "Test",
                    action: .add, target: "document 1", outcome: .done),
                patient: patient)
        }
    }

    private func headAt(_ id: Int64, _ store: SQLiteStore, _ patient: Int64) throws -> AccessChainHead {
        let hash = try #require(
            try store.pool.read { db in
                try Data.fetchOne(db, sql: "SELECT hash FROM accessEvent WHERE id = ?", arguments: [id])
            })
        return AccessChainHead(events: Int(id), lastEvent: id, hash: hash)
    }

    /// Recomputes every hash in order, as someone who knows the (public) encoding would.
    private func rehash(_ store: SQLiteStore) throws {
        try store.pool.write { db in
            var previous = AccessChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT \(SQLiteStore.chainColumns) FROM accessEvent ORDER BY id")
            {
                let hash = AccessChain.hash(of: SQLiteStore.chainContent(row)!, after: previous)
                try db.execute(
                    sql: "UPDATE accessEvent SET hash = ? WHERE id = ?",
                    arguments: [hash, row[ChainColumn.id]])
                previous = hash
            }
        }
    }
}

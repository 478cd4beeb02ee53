import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// The hash chain of the access history: written by the writer and the migration, found
/// broken after any edit around the writer.
@Suite struct AccessChainTests {
    let folder = TemporaryFolder()

    /// A small demo record: one patient, events 1…40 in id order.
    func demo() throws -> (SQLiteStore, Int64) {
        let store = try SQLiteStore.create(at: folder.file("demo.sqlite"))
        try DemoRecord.fill(store)
        return (store, try store.patient(matching: nil).id)
    }

    @Test func theEncodingIsPinned() {
        // Computed independently (Python hashlib) from the encoding documented in AccessChain:
        // changing the encoding would break the chain of every existing record.
        let first = AccessEventContent(
            patientId: 1, at: 1_795_700_700, actorType: "professional", actorId: "10000000001",
            actorName: "Dr Claire Martin", action: "read", target: "document 1", outcome: "done",
            emergency: false, reason: nil)
        let firstHash = AccessChain.hash(of: first, after: AccessChain.genesis)
        #expect(
            AccessChain.hex(firstHash) == "4a3a05cf74469c635c896ecaa6de0c03be7a962b085d28b4174462b402a84b8e")
        let second = AccessEventContent(
            patientId: 1, at: 1_795_700_760, actorType: "professional", actorId: "10000000099",
            actorName: "Dr Bloqué", action: "read", target: "record", outcome: "denied",
            emergency: true, reason: "blocked by the patient")
        #expect(
            AccessChain.hex(AccessChain.hash(of: second, after: firstHash))
                == "e2a61efc879531540e438d0840446a999f9ce0eea197478e2b0df80f62c53b2c")
    }

    @Test func theEncodingIsUnambiguous() {
        let base = AccessEventContent(
            patientId: 1, at: 0, actorType: "patient", actorId: "1", actorName: "ab", action: "read",
            target: "c", outcome: "done", emergency: false, reason: nil)
        var shifted = base
        shifted.actorName = "a"
        shifted.target = "bc"
        var emptyReason = base
        emptyReason.reason = ""
        let hashes = [base, shifted, emptyReason].map { AccessChain.hash(of: $0, after: AccessChain.genesis) }
        #expect(Set(hashes).count == 3)
    }

    @Test func aFreshDemoVerifies() throws {
        let (store, patient) = try demo()
        #expect(try store.verifyAccessChain(of: patient) == .intact(events: 40))
        let events = try store.accessEvents(of: patient, limit: 100)
        #expect(events.allSatisfy { $0.hash?.count == 32 })
    }

    @Test func aChangedActorNameIsFoundAtThatEvent() throws {
        let (store, patient) = try demo()
        try store.execute(
            """
            DROP TRIGGER access_event_no_update;
            UPDATE accessEvent SET actorName = 'Someone Else' WHERE id = 12;
            """)
        #expect(
            try store.verifyAccessChain(of: patient)
                == .broken(event: 12, problem: .contentChanged, checked: 11))
        // Up to the event before it, the history still holds; from it on, it does not.
        #expect(try store.verifyAccessChain(of: patient, upTo: 11) == .intact(events: 11))
        #expect(
            try store.verifyAccessChain(of: patient, upTo: 12)
                == .broken(event: 12, problem: .contentChanged, checked: 11))
        #expect(
            try store.verifyAccessChain(of: patient, upTo: 30)
                == .broken(event: 12, problem: .contentChanged, checked: 11))
    }

    @Test func aDeletedMiddleEventIsFoundAtTheEventAfterIt() throws {
        let (store, patient) = try demo()
        // One that no notification refers to, so that the foreign key lets it go.
        let deleted = try #require(
            try store.reading { db in
                try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM accessEvent WHERE id BETWEEN 10 AND 35
                        AND id NOT IN (SELECT eventId FROM notification) LIMIT 1
                        """)
            })
        try store.execute(
            "DROP TRIGGER access_event_no_delete; DELETE FROM accessEvent WHERE id = \(deleted)")
        #expect(
            try store.verifyAccessChain(of: patient)
                == .broken(
                    event: deleted + 1, problem: .chainBroken(writtenAfter: deleted),
                    checked: Int(deleted) - 1))
    }

    @Test func aRemovedHashIsFound() throws {
        let (store, patient) = try demo()
        try store.execute(
            "DROP TRIGGER access_event_no_update; UPDATE accessEvent SET hash = NULL WHERE id = 7")
        #expect(
            try store.verifyAccessChain(of: patient) == .broken(event: 7, problem: .missingHash, checked: 6))
    }

    @Test func aValueOfTheWrongTypeIsReportedNotACrash() throws {
        let (store, patient) = try demo()
        try store.execute(
            """
            DROP TRIGGER access_event_no_update;
            UPDATE accessEvent SET at = 'yesterday', previousId = 'x' WHERE id = 20;
            UPDATE accessEvent SET hash = 42 WHERE id = 30;
            """)
        #expect(
            try store.verifyAccessChain(of: patient)
                == .broken(event: 20, problem: .chainBroken(writtenAfter: nil), checked: 19))
        #expect(try store.accessEvents(of: patient, limit: 100).count == 40)
    }

    @Test func theChainCannotBeRewritten() throws {
        let (store, patient) = try demo()
        #expect(throws: (any Error).self) { try store.execute("UPDATE accessEvent SET hash = NULL") }
        #expect(throws: (any Error).self) {
            try store.execute("UPDATE accessEvent SET previousId = NULL WHERE id = 2")
        }
        #expect(try store.verifyAccessChain(of: patient) == .intact(events: 40))
    }

    @Test func anEventWrittenAroundTheWriterIsFound() throws {
        let (store, patient) = try demo()
        try store.execute(
            """
            INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action, outcome)
            VALUES (\(patient), 0, 'patient', '1', 'X', 'read', 'done')
            """)
        #expect(
            // The demo's children's records hold events 41 to 49.
            try store.verifyAccessChain(of: patient) == .broken(event: 50, problem: .missingHash, checked: 40)
        )
    }

    @Test func patientsHaveChainsOfTheirOwnAcrossTransactions() throws {
        let (store, first) = try makeStore(in: folder)
        let second = try store.write {
            try $0.addPatient(NewPatient(name: "Second", birthDate: "1980-02-02", relation: .other))
        }
        for round in 0..<3 {
            try store.write { writer in
                for index in 0..<4 {
                    let patient = index % 2 == 0 ? first : second
                    try writer.appendEvent(
                        event(at: round * 10 + index, actor: "10000000001"), patient: patient)
                }
            }
        }
        #expect(try store.verifyAccessChain(of: first) == .intact(events: 6))
        #expect(try store.verifyAccessChain(of: second) == .intact(events: 6))
        try store.execute(
            "DROP TRIGGER access_event_no_update; UPDATE accessEvent SET target = 'x' WHERE id = 4")
        #expect(try store.verifyAccessChain(of: first) == .intact(events: 6))
        #expect(
            try store.verifyAccessChain(of: second) == .broken(event: 4, problem: .contentChanged, checked: 1)
        )
    }

    @Test func theMigrationChainsARecordWrittenBeforeIt() throws {
        let path = folder.file("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-record")
        let rows: [(Int64, Int)] = [(1, 0), (2, 1), (1, 2), (1, 3), (2, 4)]
        try queue.write { db in
            for name in ["One", "Two"] {
                try db.execute(
                    sql: "INSERT INTO patient(name, birthDate, createdAt) VALUES (?, '1990-01-01', 0)",
                    arguments: [name])
            }
            for (patient, minute) in rows {
                let event = event(at: minute, actor: "1000000000\(patient)")
                try db.execute(
                    sql: """
                        INSERT INTO accessEvent(patientId, at, actorType, actorId, actorName, action,
                            target, outcome, emergency, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        patient, event.at.unixSeconds, event.actorType.rawValue, event.actorId,
                        event.actorName, event.action.rawValue, event.target, event.outcome.rawValue,
                        event.emergency, event.reason,
                    ])
            }
        }
        try queue.close()

        let migrated = try SQLiteStore.open(at: path)
        #expect(try migrated.verifyAccessChain(of: 1) == .intact(events: 3))
        #expect(try migrated.verifyAccessChain(of: 2) == .intact(events: 2))
        // The same hashes as the writer gives the same events.
        let written = try SQLiteStore.create(at: folder.file("written.sqlite"))
        try written.write { writer in
            try writer.addPatient(NewPatient(name: "One", birthDate: "1990-01-01"))
            try writer.addPatient(NewPatient(name: "Two", birthDate: "1990-01-01", relation: .other))
            for (patient, minute) in rows {
                try writer.appendEvent(event(at: minute, actor: "1000000000\(patient)"), patient: patient)
            }
        }
        for patient: Int64 in [1, 2] {
            #expect(
                try migrated.accessEvents(of: patient, limit: 10).map(\.hash)
                    == written.accessEvents(of: patient, limit: 10).map(\.hash))
        }
        // And the chain goes on from there.
        try migrated.write { try $0.appendEvent(event(at: 9, actor: "10000000001"), patient: 1) }
        #expect(try migrated.verifyAccessChain(of: 1) == .intact(events: 4))
        #expect(throws: (any Error).self) { try migrated.execute("UPDATE accessEvent SET hash = NULL") }
    }

    func event(at minute: Int, actor: String) -> AccessEvent {
        AccessEvent(
            at: Date(timeIntervalSince1970: 1_790_000_000 + Double(minute) * 60), actorType: .professional,
            actorId: actor, actorName: "Dr \(actor)", action: .read, target: "document \(minute)",
            outcome: minute % 3 == 0 ? .denied : .done, emergency: minute % 5 == 0,
            reason: minute % 3 == 0 ? "blocked by the patient" : nil)
    }
}

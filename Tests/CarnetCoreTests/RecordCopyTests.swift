import Foundation
import Testing

@testable import CarnetCore

/// What a copy refuses that only an edit of a SQLite file around carnet can cause: a source
/// whose history does not verify is not carried elsewhere, and nothing is written.
@Suite struct RecordCopyTests {
    let folder = TemporaryFolder()

    func demoAndEmptyCopy() throws -> (source: SQLiteStore, copy: SQLiteStore, patient: Int64) {
        let source = try SQLiteStore.create(at: folder.file("demo.sqlite"))
        try DemoRecord.fill(source)
        let copy = try SQLiteStore.create(at: folder.file("copy.sqlite"))
        return (source, copy, try source.patient(matching: nil).id)
    }

    @Test func aSourceWhoseHistoryWasEditedIsRefused() throws {
        let (source, copy, patient) = try demoAndEmptyCopy()
        try source.execute(
            """
            DROP TRIGGER access_event_no_update;
            UPDATE accessEvent SET target = 'record' WHERE id = 12;
            """)
        #expect(throws: StoreError.rule(.copySourceChainBroken, ["12"])) {
            try RecordCopy(source: source, destination: copy, patient: patient).run()
        }
        #expect(try copy.patients().isEmpty, "nothing was written")
        #expect(try copy.accessEventCount(of: patient) == 0)
    }

    @Test func aSourceWithAnEventRemovedIsRefusedAtTheEventAfterIt() throws {
        let (source, copy, patient) = try demoAndEmptyCopy()
        try source.execute(
            """
            DROP TRIGGER access_event_no_delete;
            DELETE FROM notification WHERE eventId = 30;
            DELETE FROM accessEvent WHERE id = 30;
            """)
        #expect(throws: StoreError.rule(.copySourceChainBroken, ["31"])) {
            try RecordCopy(source: source, destination: copy, patient: patient).run()
        }
        #expect(try copy.patients().isEmpty)
    }

    @Test func aKioskOrReadOnlyDestinationIsRefusedBeforeAnyWrite() throws {
        let (source, copy, patient) = try demoAndEmptyCopy()
        try copy.setKioskPin(KioskPin.make("2468", rounds: 1_000))
        #expect(throws: StoreError.rule(.copyDestinationKiosk, [copy.location])) {
            try RecordCopy(source: source, destination: copy, patient: patient).run()
        }
        let readOnly = try SQLiteStore.openReadOnly(at: folder.file("demo.sqlite"))
        #expect(throws: StoreError.rule(.copyDestinationReadOnly, [readOnly.location])) {
            try RecordCopy(source: source, destination: readOnly, patient: patient).run()
        }
        #expect(try copy.patients().isEmpty)
    }
}

import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetCore

/// Every CHECK constraint and rule trigger of the schema refuses a bad row, even when the
/// writer's own checks are bypassed.
@Suite struct ConstraintTests {
    static let rows = RecordConstraintRows.sqlite

    @Test(arguments: rows.badRows.map(\.0))
    func refusesABadRow(_ what: String) throws {
        let folder = TemporaryFolder()
        let (store, _) = try makeStore(in: folder)
        try store.execute(Self.rows.collisionRows.joined(separator: ";\n"))
        let sql = Self.rows.badRows.first { $0.0 == what }!.1
        #expect(throws: (any Error).self, "\(what) was accepted") { try store.execute(sql) }
    }

    @Test func theGoodRowsOfTheseTestsAreAccepted() throws {
        let folder = TemporaryFolder()
        let (store, _) = try makeStore(in: folder)
        try store.execute(RecordConstraintRows.goodDocument)
        try store.execute(RecordConstraintRows.goodMeasurement)
        try store.execute("UPDATE recordSettings SET treatingDoctorRpps = '10000000001', samuEmergency = 0")
    }

    @Test func theAccessHistoryIsAppendOnly() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            try writer.appendEvent(
                AccessEvent(
                    at: Date(), actorType: .professional, actorId: "10000000001", actorName: "Dr A",
                    action: .read, target: "record", outcome: .done), patient: patient)
        }
        #expect(throws: (any Error).self) {
            try store.execute("UPDATE accessEvent SET actorName = 'Nobody'")
        }
        #expect(throws: (any Error).self) { try store.execute("DELETE FROM accessEvent") }
        let names = try store.accessEvents(of: patient, limit: 10).map(\.actorName)
        #expect(names == ["Dr A"])
    }
}

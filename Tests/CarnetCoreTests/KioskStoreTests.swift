import Foundation
import Testing

@testable import CarnetCore

/// The kiosk's store cannot write, and its PIN is kept only as a salted slow hash.
@Suite struct KioskStoreTests {
    let folder = TemporaryFolder()

    @Test func aReadOnlyStoreReadsButNoWriteGetsThrough() throws {
        let (store, patient) = try makeStore(in: folder)
        try store.close()
        let kiosk = try SQLiteStore.openReadOnly(at: folder.file("record.sqlite"))
        #expect(try kiosk.patient(matching: nil).id == patient)
        #expect(throws: StoreError.self) {
            try kiosk.write { writer in
                try (writer as! SQLiteTransaction).db.execute(sql: "INSERT INTO meta(key, value) VALUES ('x', 'y')")
            }
        }
        #expect(throws: StoreError.self) { try kiosk.setKioskPin(try KioskPin.make("1234", rounds: 1_000)) }
        #expect(try kiosk.metadata("x") == nil)
        // query_only holds on every connection, even for a statement that would write.
        let queryOnly = try kiosk.reading { db in try Int.fetchOne(db, sql: "PRAGMA query_only") }
        #expect(queryOnly == 1)
    }

    @Test func aMissingRecordIsSaidPlainly() {
        #expect(throws: StoreError.noRecord(path: folder.file("none.sqlite"))) {
            try SQLiteStore.openReadOnly(at: folder.file("none.sqlite"))
        }
    }

    @Test func thePinIsCheckedAndNeverStoredInClear() throws {
        let (store, _) = try makeStore(in: folder)
        #expect(try store.kioskPin() == nil)
        let pin = try KioskPin.make("97531864", rounds: 1_000)
        try store.setKioskPin(pin)
        let stored = try #require(try store.kioskPin())
        #expect(stored.matches("97531864"))
        #expect(!stored.matches("97531865"))
        #expect(!stored.matches("9753186"))
        #expect(stored.salt.count == 16 && stored.hash.count == 32)
        // Two PINs alike get different salts.
        #expect(try KioskPin.make("97531864", rounds: 1_000).salt != pin.salt)
        try store.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: folder.file("record.sqlite")))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: folder.file("record.sqlite") + "-wal")) {
            bytes += wal
        }
        #expect(bytes.range(of: Data("97531864".utf8)) == nil)
    }

    @Test func onlyFourToTwelveDigitsArePins() {
        #expect(KioskPin.isWellFormed("1234") && KioskPin.isWellFormed("123456789012"))
        #expect(!KioskPin.isWellFormed("123") && !KioskPin.isWellFormed("1234567890123"))
        #expect(!KioskPin.isWellFormed("12a4") && !KioskPin.isWellFormed("１２３４"))
        #expect(throws: KioskPinError.badFormat) { try KioskPin.make("12") }
    }
}

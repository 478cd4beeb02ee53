import Foundation
import GRDB
import Testing

@testable import CarnetCore

@Suite struct StoreTests {
    let folder = TemporaryFolder()

    @Test func createsEveryTableOnAnEmptyDatabase() throws {
        let store = try SQLiteStore.create(at: folder.file("new.sqlite"))
        let tables = try store.reading { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documentSearch_%' ORDER BY name"
            )
        }
        #expect(
            tables == [
                "accessEvent", "accessEventDay", "affiliation", "consent", "document", "documentSearch", "documentVersion",
                "establishment", "importSource",
                "measurement", "measurementCount", "measurementDay",
                "meta", "notification", "notificationCount", "notificationPreference", "patient", "professional",
                "profileEntry", "recordSettings", "vaccination",
            ])
        let journal = try store.reading { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        let foreignKeys = try store.reading { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
    }

    @Test func reopeningAnExistingDatabaseKeepsItsDataAndMigratesNothingAgain() throws {
        let path = folder.file("record.sqlite")
        let store = try SQLiteStore.create(at: path)
        _ = try store.write { try $0.addPatient(NewPatient(name: "Anne", birthDate: "1970-05-02")) }
        try store.close()
        let reopened = try SQLiteStore.open(at: path)
        #expect(try reopened.patients().map(\.name) == ["Anne"])
        let applied = try reopened.reading { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == Schema.migrator.migrations)
        #expect(applied.first == "v1-record")
    }

    @Test func databaseFilesArePrivate() throws {
        let path = folder.file("sub/dir/record.sqlite")
        let store = try SQLiteStore.create(at: path)
        _ = try store.write { try $0.addPatient(NewPatient(name: "Anne", birthDate: "1970-05-02")) }
        for file in [path, path + "-wal"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test func openingAMissingRecordSaysHowToCreateOne() {
        #expect(throws: StoreError.noRecord(path: folder.file("none.sqlite"))) {
            try SQLiteStore.open(at: folder.file("none.sqlite"))
        }
        #expect(StoreError.noRecord(path: "x").description.contains("carnet init"))
    }

    @Test func creatingOverAnExistingRecordIsRefused() throws {
        let path = folder.file("record.sqlite")
        _ = try SQLiteStore.create(at: path)
        #expect(throws: StoreError.recordExists(path: path)) { try SQLiteStore.create(at: path) }
    }

    @Test func aFileThatIsNotARecordIsRefusedAndLeftAlone() throws {
        let text = folder.file("notes.sqlite")
        try Data("not a database, just some text that is long enough to have a header".utf8)
            .write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notARecord(path: text)) { try SQLiteStore.open(at: text) }

        let other = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE recipe (name TEXT)") }
        try queue.close()
        #expect(throws: StoreError.notARecord(path: other)) { try SQLiteStore.open(at: other) }
        let stillThere = try DatabaseQueue(path: other).read { db in try db.tableExists("patient") }
        #expect(!stillThere)
    }

    @Test func aRecordFromANewerCarnetIsRefused() throws {
        let path = folder.file("record.sqlite")
        let store = try SQLiteStore.create(at: path)
        try store.execute("INSERT INTO grdb_migrations(identifier) VALUES ('v999-future')")
        try store.close()
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteStore.open(at: path) }
    }

    @Test func documentPagesFollowEachOtherWithoutGapOrRepeat() throws {
        let (store, patient) = try makeStore(in: folder)
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        try store.write { writer in
            for index in 0..<25 {
                // Pairs of documents share a date, so the id must break ties.
                try writer.addDocument(
                    NewDocument(
                        category: .reports, title: "Report \(index)", author: .patient,
                        date: base.addingTimeInterval(Double(index / 2) * 86_400), deposited: base,
                        content: Data("x".utf8)),
                    patient: patient)
            }
        }
        var seen: [Int64] = []
        var page = PageRequest.first
        while true {
            let rows = try store.documents(of: patient, page: page, limit: 7)
            if rows.isEmpty { break }
            seen += rows.map(\.id)
            page = .after(PageKey(date: rows.last!.date, id: rows.last!.id))
        }
        let all = try store.documents(of: patient, limit: 100).map(\.id)
        #expect(seen == all)
        #expect(Set(seen).count == 25)
        #expect(all.first == 25)
        // Backwards from the oldest page, newest first within each page.
        var backwards: [Int64] = []
        page = .last
        while true {
            let rows = try store.documents(of: patient, page: page, limit: 7)
            if rows.isEmpty { break }
            backwards = rows.map(\.id) + backwards
            page = .before(PageKey(date: rows.first!.date, id: rows.first!.id))
        }
        #expect(backwards == all)
        #expect(try store.documentCount(of: patient) == 25)
    }
}

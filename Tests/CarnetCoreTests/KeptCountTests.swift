import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// Every count the record keeps beside its rows — the history's per day, actor and action,
/// the notifications' and unread ones' per kind, the readings' per kind and per day — must
/// equal counting the rows, after every kind of write: the demo (small and bulk), a
/// professional's reads and additions, marking notices read one and all, readings typed,
/// an import and an import that changes a reading.
@Suite struct KeptCountTests {
    typealias Person = PolicyTests.Person

    /// Each kept count set against the rows it counts, as rows that differ (none: equal).
    static let comparisons: [(name: String, kept: String, counted: String)] = [
        (
            "access events per day, actor and action",
            "SELECT patientId, day, actorId, action, events FROM accessEventDay",
            "SELECT patientId, \(Schema.dayOf("at")), actorId, action, count(*) FROM accessEvent GROUP BY 1, 2, 3, 4"
        ),
        (
            "notifications and unread ones per kind",
            "SELECT patientId, kind, notices, unread FROM notificationCount WHERE notices > 0",
            "SELECT patientId, kind, count(*), count(*) - count(readAt) FROM notification GROUP BY 1, 2"
        ),
        (
            "readings per kind",
            "SELECT patientId, code, readings FROM measurementCount WHERE readings > 0",
            "SELECT patientId, code, count(*) FROM measurement GROUP BY 1, 2"
        ),
        (
            "readings per kind and day",
            "SELECT patientId, code, day, readings FROM measurementDay",
            "SELECT patientId, code, \(Schema.dayOf("at")), count(*) FROM measurement GROUP BY 1, 2, 3"
        ),
    ]

    /// The comparisons that found a difference, with how many rows differ.
    static func mismatches(_ store: SQLiteStore) throws -> [String] {
        try store.reading { db in
            var found: [String] = []
            for (name, kept, counted) in comparisons {
                let differing =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT (SELECT count(*) FROM (\(kept) EXCEPT \(counted)))
                                + (SELECT count(*) FROM (\(counted) EXCEPT \(kept)))
                            """) ?? 0
                if differing > 0 { found.append("\(name): \(differing) rows differ") }
            }
            return found
        }
    }

    /// How many rows each kept count has, so that a test sees it compared something.
    static func keptRows(_ store: SQLiteStore) throws -> [Int] {
        try store.reading { db in
            try ["accessEventDay", "notificationCount", "measurementCount", "measurementDay"].map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
        }
    }

    @Test func theDemoWritesItsCountsSmallAndInBulk() throws {
        let folder = TemporaryFolder()
        for (name, scale) in [
            ("small", DemoScale.small),
            ("bulk", DemoScale(documents: 20, cgmReadings: 3_000, accessEvents: 20_000)),
        ] {
            let path = folder.file("\(name).sqlite")
            try DemoRecord.write(to: path, scale: scale)
            let store = try SQLiteStore.open(at: path)
            #expect(try Self.mismatches(store) == [], "\(name)")
            #expect(try Self.keptRows(store).allSatisfy { $0 > 0 }, "\(name)")
            let patient = try store.patient(matching: nil).id
            #expect(try store.noticeCount(of: patient) == store.count("notification", patient: patient))
            #expect(
                try store.measurementCount(of: patient, type: .interstitialGlucose) == scale.cgmReadings)
        }
    }

    /// A copy writes its rows with their ids, not through the usual writers: its counts must
    /// come out equal all the same, in a new file and beside another record.
    @Test func aCopiedRecordKeepsItsCounts() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        try DemoRecord.write(
            to: path, scale: DemoScale(documents: 20, cgmReadings: 3_000, accessEvents: 5_000))
        let source = try SQLiteStore.open(at: path)
        let copy = try SQLiteStore.create(at: folder.file("copy.sqlite"))
        for patient in try source.patients() {
            _ = try RecordCopy(source: source, destination: copy, patient: patient.id).run()
            #expect(try Self.mismatches(copy) == [], "\(patient.name)")
        }
        #expect(try Self.keptRows(copy) == Self.keptRows(source))
        #expect(try Self.keptRows(copy).allSatisfy { $0 > 0 })
    }

    @Test func aProfessionalsActsAndTheInboxKeepTheirCounts() throws {
        let (folder, store, patient) = try PolicyTests.record(PolicyTests.Switches())
        defer { _ = folder }
        let physician = ProfessionalAccess(
            store: store, patient: patient, rpps: Person.authorizedPhysician.rawValue)
        let added = try physician.add(
            category: .reports, title: "Consultation", mediaType: .text, content: Data("a".utf8))
        try physician.update(added, mediaType: .text, content: Data("b".utf8))
        _ = try physician.read(1)
        _ = try? ProfessionalAccess(store: store, patient: patient, rpps: Person.blockedPhysician.rawValue)
            .read(1)
        _ = try ProfessionalAccess(
            store: store, patient: patient, rpps: Person.strangerPhysician.rawValue, emergency: true
        ).read(1)
        #expect(try Self.mismatches(store) == [])
        #expect(try store.noticeCount(of: patient) == 5)
        #expect(
            try store.unreadNoticeCounts(of: patient) == [
                .add: 1, .modify: 1, .read: 1, .refused: 1, .emergency: 1,
            ])

        let inbox = NotificationInbox(store: store, patient: try store.patient(matching: String(patient)))
        let newest = try #require(try store.latestNotificationId(of: patient))
        #expect(try inbox.markRead(newest))
        #expect(try !inbox.markRead(newest), "already read: no count changes twice")
        #expect(try Self.mismatches(store) == [])
        #expect(try store.noticeCount(of: patient, unreadOnly: true) == 4)
        #expect(try inbox.markAllRead() == 4)
        #expect(try Self.mismatches(store) == [])
        #expect(try store.noticeCount(of: patient, unreadOnly: true) == 0)
        #expect(try store.noticeCount(of: patient) == 5)
        #expect(try store.unreadNoticeCounts(of: patient) == [:])
    }

    @Test func typedReadingsKeepTheirCounts() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            for (index, value) in [70.5, 71, 70.8].enumerated() {
                try writer.addMeasurement(
                    NewMeasurement(
                        type: .weight, value: value, at: Date(unixSeconds: Int64(index) * 50_000 - 86_400),
                        source: .patient),
                    patient: patient)
            }
            try writer.addMeasurement(
                NewMeasurement(type: .systolic, value: 120, at: Date(unixSeconds: 0), source: .patient),
                patient: patient)
        }
        #expect(try Self.mismatches(store) == [])
        #expect(try store.measurementCount(of: patient, type: .weight) == 3)
        #expect(try store.measurementOverview(of: patient).map(\.count) == [3, 1])
    }

    @Test func anImportAndAChangedReadingKeepTheirCounts() throws {
        let folder = TemporaryFolder()
        let record = folder.file("record.sqlite")
        func importing(_ json: [String: Any], _ name: String) throws {
            let path = folder.file(name)
            _ = FileManager.default.createFile(atPath: path, contents: FHIRFixtures.data(json))
            _ = try FHIRImporter(paths: [path], recordPath: record, options: .init()).run()
        }
        let json = FHIRFixtures.recordJSON()
        try importing(json, "first.json")
        let store = try SQLiteStore.open(at: record)
        #expect(try Self.mismatches(store) == [])
        #expect(try store.measurementCount(of: 1, type: .weight) == 1)
        // The weight taken a year later: the reading moves to another day, and stays one.
        let changed = FHIRFixtures.changing("w1", in: json) { resource in
            resource["meta"] = ["versionId": "2"]
            resource["effectiveDateTime"] = "2025-03-02T08:00:00+01:00"
        }
        try importing(changed, "second.json")
        #expect(try Self.mismatches(store) == [])
        #expect(try store.measurements(of: 1, type: .weight).map(\.at) == [Date(unixSeconds: 1_740_898_800)])
        #expect(try store.measurementCount(of: 1, type: .weight) == 1)
    }

    /// Takes a record back to before its kept counts (migrations v7 and v10).
    static let beforeTheKeptCounts = """
        DROP TABLE accessEventDay; DROP TABLE notificationCount; DROP TABLE measurementCount;
        DROP TRIGGER measurement_count_insert; DROP TRIGGER measurement_count_delete;
        DROP TRIGGER measurement_count_update;
        DELETE FROM grdb_migrations WHERE identifier IN ('v7-access-days', 'v10-kept-counts')
        """

    @Test func aRecordFromBeforeTheKeptCountsGetsThemFromItsRows() throws {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        try DemoRecord.write(to: path, scale: DemoScale(documents: 5, cgmReadings: 500, accessEvents: 2_000))
        let store = try SQLiteStore.open(at: path)
        let patient = try store.patient(matching: nil)
        try NotificationInbox(store: store, patient: patient).markRead(
            try #require(try store.latestNotificationId(of: patient.id)))
        let unread = try store.unreadNoticeCounts(of: patient.id)
        try store.execute(Self.beforeTheKeptCounts)
        try store.close()
        let reopened = try SQLiteStore.open(at: path)
        #expect(try Self.mismatches(reopened) == [])
        #expect(try Self.keptRows(reopened).allSatisfy { $0 > 0 })
        #expect(try reopened.unreadNoticeCounts(of: patient.id) == unread)
        // The history's counts are kept by its writer now, not by v7's trigger.
        let triggers = try reopened.reading { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'accessEvent'")
        }
        #expect(Set(triggers) == ["access_event_no_update", "access_event_no_delete"])
    }

    @Test func aWriteAroundTheWriterIsSeenByTheComparison() throws {
        let folder = TemporaryFolder()
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            try writer.addMeasurement(
                NewMeasurement(type: .weight, value: 70, at: Date(unixSeconds: 0), source: .patient),
                patient: patient)
        }
        try store.execute("UPDATE measurementCount SET readings = 2")
        #expect(try Self.mismatches(store) == ["readings per kind: 2 rows differ"])
    }
}

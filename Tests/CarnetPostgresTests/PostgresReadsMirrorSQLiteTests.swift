import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// The same demo record written into a SQLite file and into PostgreSQL reads the same through
/// every query of the seven protocols: the same rows in the same order, the same counts and
/// positions, the same chart buckets and chain. Only search may find more on the server (its
/// French and English stems), never less.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresReadsMirrorSQLiteTests {
    @Test func everyReadOfTheDemoIsTheSameOnBothStores() throws {
        let folder = NSTemporaryDirectory() + "carnet-mirror-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try StoreLocation.file(folder + "/demo.sqlite").create()
        defer { try? file.close() }
        let database = try PostgresTestDatabase("mirror")
        let server = try PostgresStore.open(
            url: database.cluster.url(database: database.name), .create,
            environment: ["PGPASSWORD": database.cluster.superuserPassword], home: "/nonexistent")
        defer { try? server.close() }
        try DemoRecord.fill(file)
        try DemoRecord.fill(server)

        #expect(try server.patients() == file.patients())
        #expect(try server.records() == file.records())
        for patient in try file.patients().map(\.id) {
            try expectSame(file, server) { try $0.settings(of: patient) }
            try expectSame(file, server) { try $0.counts(of: patient) }
            try expectSame(file, server) { try $0.directory(of: patient) }
            try expectSameDocuments(file, server, patient)
            try expectSameCard(file, server, patient)
            try expectSameReadings(file, server, patient)
            try expectSame(file, server) { try $0.profile(of: patient) }
            try expectSameHistory(file, server, patient)
            try expectSameNotices(file, server, patient)
        }
        for name in ["Léa", "camille durand", "1"] {
            #expect(try server.patient(matching: name) == file.patient(matching: name), "\(name)")
        }
    }

    private func expectSame<T: Equatable>(
        _ file: any RecordStore, _ server: any RecordStore, _ read: (any RecordStore) throws -> T,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try read(file)
        let found = try read(server)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    private func expectSameDocuments(_ file: any RecordStore, _ server: any RecordStore, _ patient: Int64)
        throws
    {
        let all = try file.documents(of: patient, limit: 10_000)
        #expect(try server.documents(of: patient, limit: 10_000) == all)
        for filter in [DocumentFilter.all] + DocumentCategory.allCases.map({ DocumentFilter(category: $0) }) {
            try expectSame(file, server) { try $0.documentCount(of: patient, matching: filter) }
            for page in [PageRequest.first, .last] {
                try expectSame(file, server) {
                    try $0.documents(of: patient, matching: filter, page: page, limit: 3)
                }
            }
        }
        for document in all {
            let key = PageKey(date: document.date, id: document.id)
            try expectSame(file, server) { try $0.documentPosition(of: key, patient: patient) }
            try expectSame(file, server) { try $0.documents(of: patient, page: .after(key), limit: 2) }
            try expectSame(file, server) { try $0.documents(of: patient, page: .before(key), limit: 2) }
            try expectSame(file, server) { try $0.document(document.id, of: patient) }
            let versions = try file.documentVersions(of: document.id)
            #expect(try server.documentVersions(of: document.id) == versions)
            for version in versions {
                try expectSame(file, server) { try $0.documentContent(document.id, version: version.version) }
            }
            // Each word of a title finds at least what the file's search finds.
            for word in document.title.split(whereSeparator: { !$0.isLetter }).prefix(2) {
                let filter = DocumentFilter(search: String(word))
                let found = Set(try server.documents(of: patient, matching: filter, limit: 10_000).map(\.id))
                let expected = Set(try file.documents(of: patient, matching: filter, limit: 10_000).map(\.id))
                #expect(expected.isSubset(of: found), "\(word)")
                #expect(found.contains(document.id), "\(word)")
            }
        }
        var streamed: [DocumentSummary] = []
        try server.forEachDocument(of: patient) { streamed.append($0) }
        #expect(streamed == all)
    }

    private func expectSameCard(_ file: any RecordStore, _ server: any RecordStore, _ patient: Int64) throws {
        try expectSame(file, server) { try $0.vaccinationCard(of: patient) }
        let diseases = try file.vaccinationDiseases(of: patient)
        #expect(try server.vaccinationDiseases(of: patient) == diseases)
        for disease in [nil] + diseases {
            try expectSame(file, server) { try $0.vaccinationCount(of: patient, disease: disease) }
            for page in [PageRequest.first, .last] {
                try expectSame(file, server) {
                    try $0.vaccinations(of: patient, disease: disease, page: page, limit: 4)
                }
            }
            for line in try file.vaccinations(of: patient, disease: disease, page: .first, limit: 100) {
                let key = PageKey(date: line.date, id: line.id)
                try expectSame(file, server) {
                    try $0.vaccinationPosition(of: key, patient: patient, disease: disease)
                }
            }
        }
    }

    private func expectSameReadings(_ file: any RecordStore, _ server: any RecordStore, _ patient: Int64)
        throws
    {
        let overview = try file.measurementOverview(of: patient)
        #expect(try server.measurementOverview(of: patient) == overview)
        for type in overview.map(\.type) + [.systolic, .diastolic] {
            try expectSame(file, server) { try $0.measurementCount(of: patient, type: type) }
            try expectSame(file, server) { try $0.measurements(of: patient, type: type) }
            for page in [PageRequest.first, .last] {
                try expectSame(file, server) {
                    try $0.measurements(of: patient, type: type, page: page, limit: 5)
                }
            }
            for span: Int64? in [nil, 86_400, 30 * 86_400, 365 * 86_400] {
                try expectSame(file, server) {
                    try $0.measurementBuckets(of: patient, type: type, span: span, count: 37)
                }
            }
            for days in [7, 30, 365] {
                try expectSame(file, server) { try $0.measurementWindow(of: patient, type: type, days: days) }
            }
            if let latest = try file.measurements(of: patient, type: type, page: .first, limit: 1).first {
                let key = PageKey(date: latest.at, id: latest.id)
                try expectSame(file, server) {
                    try $0.measurementPosition(of: key, patient: patient, type: type)
                }
            }
        }
        for page in [PageRequest.first, .last] {
            try expectSame(file, server) { try $0.bloodPressures(of: patient, page: page, limit: 6) }
        }
    }

    private func expectSameHistory(_ file: any RecordStore, _ server: any RecordStore, _ patient: Int64)
        throws
    {
        let events = try file.accessEvents(of: patient, limit: 100_000)
        #expect(try server.accessEvents(of: patient, limit: 100_000) == events)
        let actors = Set(events.map(\.actorId)).sorted()
        let days = events.map { $0.at.unixSeconds }
        let middle = days.isEmpty ? 0 : days[days.count / 2]
        var filters: [AccessHistoryFilter] = [.all]
        filters += actors.prefix(4).map { AccessHistoryFilter(actorId: $0) }
        filters += [.read, .add, .list].map { AccessHistoryFilter(action: $0) }
        filters += [
            AccessHistoryFilter(since: Date(unixSeconds: middle)),
            AccessHistoryFilter(until: Date(unixSeconds: middle - 40_000)),
            AccessHistoryFilter(
                since: Date(unixSeconds: middle - 90 * 86_400), until: Date(unixSeconds: middle + 3_600)),
        ]
        for filter in filters {
            try expectSame(file, server) { try $0.accessEventCount(of: patient, matching: filter) }
            for page in [PageRequest.first, .last] {
                try expectSame(file, server) {
                    try $0.accessEvents(of: patient, matching: filter, page: page, limit: 4)
                }
            }
            for event in try file.accessEvents(of: patient, matching: filter, limit: 100_000).enumerated()
            where event.offset % 5 == 0 {
                let key = PageKey(date: event.element.at, id: event.element.id)
                for oldestFirst in [false, true] {
                    try expectSame(file, server) {
                        try $0.accessEventPosition(
                            of: key, patient: patient, matching: filter, oldestFirst: oldestFirst)
                    }
                }
            }
        }
        try expectSame(file, server) { try $0.targetNames(events.map(\.target), of: patient) }
        for event in events.prefix(5) {
            try expectSame(file, server) { try $0.accessEvent(event.id, of: patient) }
        }
        try expectSame(file, server) { try $0.verifyAccessChain(of: patient) }
        let head = try file.accessChainHead(of: patient)
        #expect(try server.accessChainHead(of: patient) == head)
        let kept = KeptHead(events: head.events, hashPrefix: String(AccessChain.hex(head.hash).prefix(12)))
        try expectSame(file, server) { try $0.check(kept, of: patient) }
        try expectSame(file, server) { try $0.historyProblems(of: patient) }
        if let last = events.dropFirst(3).first {
            let earlier = AccessChainHead(
                events: head.events - 3, lastEvent: last.id, hash: last.hash ?? Data())
            try expectSame(file, server) { try $0.change(since: earlier, of: patient) }
        }
    }

    private func expectSameNotices(_ file: any RecordStore, _ server: any RecordStore, _ patient: Int64)
        throws
    {
        for unreadOnly in [false, true] {
            let notices = try file.notices(of: patient, unreadOnly: unreadOnly, limit: 10_000)
            #expect(try server.notices(of: patient, unreadOnly: unreadOnly, limit: 10_000) == notices)
            try expectSame(file, server) { try $0.noticeCount(of: patient, unreadOnly: unreadOnly) }
            try expectSame(file, server) {
                try $0.notices(of: patient, unreadOnly: unreadOnly, page: .last, limit: 3)
            }
            for notice in notices {
                let key = PageKey(date: notice.notification.createdAt, id: notice.id)
                try expectSame(file, server) {
                    try $0.noticePosition(of: key, patient: patient, unreadOnly: unreadOnly)
                }
                try expectSame(file, server) { try $0.notice(notice.id, of: patient) }
            }
        }
        try expectSame(file, server) { try $0.unreadNoticeCounts(of: patient) }
        try expectSame(file, server) { try $0.latestNotificationId(of: patient) }
        try expectSame(file, server) { try $0.notificationPreferences(of: patient) }
        try expectSame(file, server) {
            try $0.newestUnreadNotice(of: patient, kinds: CarnetCore.Notification.Kind.allCases)
        }
        let everyone = try file.patients().map(\.id)
        let (files, fileCount) = try file.notices(ofRecords: everyone, after: 0, limit: 7)
        let (servers, serverCount) = try server.notices(ofRecords: everyone, after: 0, limit: 7)
        #expect(servers == files && serverCount == fileCount)
        try expectSame(file, server) { try $0.latestNotificationId(ofRecords: everyone) }
    }
}

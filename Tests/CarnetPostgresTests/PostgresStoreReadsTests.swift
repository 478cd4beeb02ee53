import CarnetCore
import CarnetTestSupport
import Foundation
import Testing

@testable import CarnetPostgres

/// What the PostgreSQL store reads its own way, beyond the contract suite: full-text search
/// with accents folded and French and English stems, keyset pages from both ends through
/// ties, counts and positions from the kept tables, charts from the daily roll-up.
@Suite(.enabled(if: PostgresCluster.shouldRun, Comment(rawValue: PostgresCluster.skipReason)))
struct PostgresStoreReadsTests {
    private static let day: Int64 = 86_400
    /// 2026-03-02 00:00 UTC.
    private static let monday: Int64 = 1_772_409_600

    @Test func searchFoldsAccentsAndCaseAndFindsFrenchAndEnglishForms() throws {
        let record = try PostgresReadRecord("reads_search")
        let echo = try record.document(
            "Échographie abdominale", at: Self.monday, category: .imaging, text: "Foie et vésicule normaux")
        let chest = try record.document(
            "Radiographie du thorax", at: Self.monday + 60, category: .imaging, text: "Pas d'anomalie")
        let blood = try record.document(
            "Blood tests", at: Self.monday + 120, category: .labResults,
            text: "Haemoglobin within range, tests repeated in March")
        let surgery = try record.document(
            "Compte rendu opératoire", at: Self.monday + 180, category: .reports, author: "Dr Hélène Müller",
            text: "Intervention réalisée sous anesthésie générale")
        func found(_ typed: String, _ category: DocumentCategory? = nil) throws -> [Int64] {
            let filter = DocumentFilter(category: category, search: typed)
            let ids = try record.store.documents(of: record.patient, matching: filter, limit: 10).map(\.id)
            #expect(
                try record.store.documentCount(of: record.patient, matching: filter) == ids.count, "\(typed)")
            return ids
        }
        #expect(try found("echographie") == [echo])
        #expect(try found("ÉCHO") == [echo])
        #expect(try found("vesicule") == [echo])
        // French plural and English inflections reach the stem of the document's word.
        #expect(try found("radiographies") == [chest])
        #expect(try found("testing") == [blood])
        #expect(try found("opératoires") == [surgery])
        // The author's name, its accents folded too; every word must be found.
        #expect(try found("muller helene") == [surgery])
        #expect(try found("anesthesie generale") == [surgery])
        #expect(try found("echographie thorax").isEmpty)
        // What the search syntax would read is only letters and digits here.
        #expect(try found("foie & (vésicule:* | !") == [echo])
        #expect(try found("r") == [surgery, blood, chest])
        #expect(try found("r", .imaging) == [chest])
        #expect(try found("***").count == 4)
    }

    @Test func pagesFromBothEndsThroughTiesMatchTheWholeList() throws {
        let record = try PostgresReadRecord("reads_pages")
        // 23 documents over 9 seconds: most seconds hold several, ordered by id within.
        for index in 0..<23 {
            try record.document("Document \(index)", at: Self.monday + Int64(index * 7 % 9))
        }
        let all = try record.store.documents(of: record.patient, limit: 100)
        #expect(all.count == 23)
        #expect(all == all.sorted { ($0.date, $0.id) > ($1.date, $1.id) })
        try expectPages(of: all.map { PageKey(date: $0.date, id: $0.id) }) { page, limit in
            try record.store.documents(of: record.patient, page: page, limit: limit).map {
                PageKey(date: $0.date, id: $0.id)
            }
        } position: { key in
            try record.store.documentPosition(of: key, patient: record.patient)
        }

        for index in 0..<17 {
            try record.notification(at: Self.monday + Int64(index % 4), read: index % 3 == 0)
        }
        let notices = try record.store.notices(of: record.patient, unreadOnly: true, limit: 100)
        #expect(notices.count == 11)
        try expectPages(of: notices.map { PageKey(date: $0.notification.createdAt, id: $0.id) }) {
            page, limit in
            try record.store.notices(of: record.patient, unreadOnly: true, page: page, limit: limit)
                .map { PageKey(date: $0.notification.createdAt, id: $0.id) }
        } position: { key in
            try record.store.noticePosition(of: key, patient: record.patient, unreadOnly: true)
        }

        for index in 0..<19 {
            try record.reading(.weight, 70 + Double(index) / 10, at: Self.monday + Int64(index % 5) * 3_600)
        }
        let weights = try record.store.measurements(
            of: record.patient, type: .weight, page: .first, limit: 100)
        #expect(weights.count == 19)
        try expectPages(of: weights.map { PageKey(date: $0.at, id: $0.id) }) { page, limit in
            try record.store.measurements(of: record.patient, type: .weight, page: page, limit: limit)
                .map { PageKey(date: $0.at, id: $0.id) }
        } position: { key in
            try record.store.measurementPosition(of: key, patient: record.patient, type: .weight)
        }
        // Read whole, oldest first, a page of the server at a time.
        #expect(
            try record.store.measurements(of: record.patient, type: .weight).map(\.id)
                == weights.reversed().map(\.id))
        #expect(
            try record.store.measurements(of: record.patient, type: .weight, limit: 4).map(\.id)
                == weights.reversed().prefix(4).map(\.id))
    }

    @Test func aSeriesReadWholeGoesOnAcrossTheServersPagesOldestFirst() throws {
        let record = try PostgresReadRecord("reads_stream")
        // 1,300 blood pressures, three a second: each second holds six readings, systolic
        // ones first, and pages of the server end inside a second.
        try record.session.query(
            """
            INSERT INTO measurement (patientId, code, value, unit, at, source)
            SELECT \(record.patient), code, value, 'mm[Hg]', \(Self.monday) + n / 3, 'device'
            FROM generate_series(0, 1299) AS n,
                (VALUES ('8480-6', 120.0), ('8462-4', 80.0)) AS component (code, value)
            """)
        let readings = try record.store.measurements(of: record.patient, type: .bloodPressure)
        #expect(readings.count == 2_600)
        #expect(Set(readings.map(\.id)).count == 2_600)
        let order = readings.map { ($0.at.unixSeconds, $0.type == .systolic ? 0 : 1, $0.id) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 })
        var seen = 0
        try record.store.forEachMeasurement(of: record.patient, type: .diastolic, limit: 1_111) { reading in
            #expect(reading.type == .diastolic)
            seen += 1
        }
        #expect(seen == 1_111)
        #expect(try record.store.measurementCount(of: record.patient, type: .bloodPressure) == 2_600)
    }

    /// Walks the list forward from `.first` and backward from `.last` in pages of 5, and
    /// checks every row's position.
    private func expectPages(
        of all: [PageKey], _ page: (PageRequest, Int) throws -> [PageKey], position: (PageKey) throws -> Int
    ) throws {
        var forward: [PageKey] = []
        var request = PageRequest.first
        while true {
            let rows = try page(request, 5)
            forward += rows
            guard rows.count == 5, let last = rows.last else { break }
            request = .after(last)
        }
        #expect(forward == all)
        var backward: [PageKey] = []
        request = .last
        while true {
            let rows = try page(request, 5)
            #expect(rows == rows.sorted { ($0.date, $0.id) > ($1.date, $1.id) })
            backward = rows + backward
            guard rows.count == 5, let first = rows.first else { break }
            request = .before(first)
        }
        #expect(backward == all)
        for (index, key) in all.enumerated() {
            #expect(try position(key) == index)
        }
    }

    @Test func historyCountsAndPositionsFromTheKeptDaysMatchTheEvents() throws {
        let record = try PostgresReadRecord("reads_counts")
        // 300 events over twelve days, two actors, two actions, several in the same second.
        var events: [(id: Int64, at: Int64, actor: String, action: AccessAction)] = []
        for index in 0..<300 {
            let at = Self.monday + Int64(index * 3_517 % (12 * 86_400)) / 600 * 600
            let actor = index % 3 == 0 ? "10000000002" : "10000000001"
            let action: AccessAction = index % 5 == 0 ? .list : .read
            events.append((try record.event(at: at, actor: actor, action: action), at, actor, action))
        }
        let filters: [AccessHistoryFilter] = [
            .all,
            AccessHistoryFilter(actorId: "10000000002"),
            AccessHistoryFilter(action: .list),
            AccessHistoryFilter(
                since: Date(unixSeconds: Self.monday + 2 * Self.day + 5_000),
                until: Date(unixSeconds: Self.monday + 9 * Self.day + 70_000)),
            AccessHistoryFilter(
                since: Date(unixSeconds: Self.monday + Self.day),
                until: Date(unixSeconds: Self.monday + 2 * Self.day - 1),
                actorId: "10000000001"),
            AccessHistoryFilter(since: Date(unixSeconds: Self.monday + 5 * Self.day + 1), action: .read),
            AccessHistoryFilter(until: Date(unixSeconds: Self.monday + 3 * Self.day + 43_200)),
            AccessHistoryFilter(
                since: Date(unixSeconds: Self.monday + 4 * Self.day), until: Date(unixSeconds: Self.monday)),
        ]
        for filter in filters {
            let matching = events.filter { event in
                (filter.since.map { event.at >= $0.unixSeconds } ?? true)
                    && (filter.until.map { event.at <= $0.unixSeconds } ?? true)
                    && (filter.actorId.map { event.actor == $0 } ?? true)
                    && (filter.action.map { event.action == $0 } ?? true)
            }.sorted { ($0.at, $0.id) > ($1.at, $1.id) }
            #expect(
                try record.store.accessEventCount(of: record.patient, matching: filter) == matching.count,
                "\(filter)")
            for (index, event) in matching.enumerated() where index % 7 == 0 {
                let key = PageKey(date: Date(unixSeconds: event.at), id: event.id)
                #expect(
                    try record.store.accessEventPosition(of: key, patient: record.patient, matching: filter)
                        == index)
                #expect(
                    try record.store.accessEventPosition(
                        of: key, patient: record.patient, matching: filter, oldestFirst: true)
                        == matching.count - 1 - index)
            }
        }
        #expect(try record.store.counts(of: record.patient).accessEvents == 300)

        // Whole days are read from the kept counts, not from the events.
        try record.session.query(
            """
            UPDATE accessEventDay SET events = events + 1000
            WHERE day = carnet_day(\(Self.monday + 6 * Self.day)) AND actorId = '10000000001' AND action = 'read'
            """)
        let wide = AccessHistoryFilter(
            since: Date(unixSeconds: Self.monday + Self.day + 1),
            until: Date(unixSeconds: Self.monday + 11 * Self.day))
        let expected = events.filter {
            $0.at >= Self.monday + Self.day + 1 && $0.at <= Self.monday + 11 * Self.day
        }.count
        #expect(try record.store.accessEventCount(of: record.patient, matching: wide) == expected + 1000)
    }

    @Test func noticeAndReadingCountsAreTheTriggersKeptCounts() throws {
        let record = try PostgresReadRecord("reads_kept")
        for index in 0..<9 { try record.notification(at: Self.monday + Int64(index), read: index < 4) }
        for index in 0..<6 {
            try record.reading(.heartRate, 60 + Double(index), at: Self.monday + Int64(index))
        }
        #expect(try record.store.noticeCount(of: record.patient, unreadOnly: false) == 9)
        #expect(try record.store.noticeCount(of: record.patient, unreadOnly: true) == 5)
        #expect(try record.store.unreadNoticeCounts(of: record.patient) == [.read: 5])
        #expect(try record.store.measurementCount(of: record.patient, type: .heartRate) == 6)
        #expect(try record.store.records().first?.unread == 5)
        let counts = try record.store.counts(of: record.patient)
        #expect(counts.notifications == 9 && counts.measurements == 6 && counts.accessEvents == 9)

        try record.session.query("UPDATE notificationCount SET notices = notices + 40, unread = unread + 40")
        try record.session.query("UPDATE measurementCount SET readings = readings + 50")
        #expect(try record.store.noticeCount(of: record.patient, unreadOnly: true) == 45)
        #expect(try record.store.measurementCount(of: record.patient, type: .heartRate) == 56)
        #expect(try record.store.measurementOverview(of: record.patient).map(\.count) == [56])
    }

    @Test func chartBucketsFromTheRollUpAndFromTheReadingsAgreeWithTheReadings() throws {
        let record = try PostgresReadRecord("reads_buckets")
        var readings: [(at: Int64, value: Double)] = []
        for index in 0..<200 {
            let at = Self.monday + Int64(index) * 9_973
            let value = 60 + Double(index * 37 % 50)
            try record.reading(.heartRate, value, at: at)
            readings.append((at, value))
        }
        // The whole series and a month in whole days (the roll-up), two days in hours (the readings).
        let charts: [(span: Int64?, count: Int)] = [(nil, 10), (30 * Self.day, 15), (2 * Self.day, 12)]
        for (span, count) in charts {
            let buckets = try #require(
                try record.store.measurementBuckets(
                    of: record.patient, type: .heartRate, span: span, count: count))
            #expect(buckets.buckets.count == count)
            for (index, components) in buckets.buckets.enumerated() {
                let start = buckets.start.unixSeconds + Int64(index) * buckets.width
                let inside = readings.filter { $0.at >= start && $0.at < start + buckets.width }
                guard let last = inside.last else {
                    #expect(components.isEmpty)
                    continue
                }
                let bucket = try #require(components.first)
                #expect(bucket.count == inside.count)
                #expect(bucket.low == inside.map(\.value).min())
                #expect(bucket.high == inside.map(\.value).max())
                #expect(bucket.last == last.value)
                #expect(bucket.lastAt.unixSeconds == last.at)
            }
            #expect(buckets.buckets.last?.first?.lastAt.unixSeconds == readings.last?.at)
        }
        #expect(
            try record.store.measurementBuckets(of: record.patient, type: .weight, span: nil, count: 5) == nil
        )
    }

    @Test func theProfileListsSectionsInOrderAndUndatedEntriesFirstAsSQLiteSortsThem() throws {
        let record = try PostgresReadRecord("reads_profile")
        try record.session.query(
            """
            INSERT INTO profileEntry (patientId, section, label, startAt) VALUES
                (\(record.patient), 'treatment', 'Metformine', 1600000000),
                (\(record.patient), 'allergy', 'Pénicilline', 1500000000),
                (\(record.patient), 'allergy', 'Pollen', NULL),
                (\(record.patient), 'allergy', 'Arachide', 1400000000)
            """)
        let labels = try record.store.profile(of: record.patient).map(\.label)
        #expect(labels == ["Pollen", "Arachide", "Pénicilline", "Metformine"])
    }
}

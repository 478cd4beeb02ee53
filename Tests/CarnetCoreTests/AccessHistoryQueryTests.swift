import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// Filtered pages of the access history: the right events, newest first, across page
/// boundaries (including ties on time), each page one indexed range scan.
@Suite struct AccessHistoryQueryTests {
    let folder = TemporaryFolder()
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let actors = ["10000000001", "10000000002", "10000000003"]
    /// Actions in turn, out of step with the actors, so that each pair occurs.
    static let actions: [AccessAction] = [.read, .add, .read, .modify]

    /// 30 events, two per hour (so that pages end on ties of time), actors in turn.
    func history() throws -> (SQLiteStore, Int64, [AccessEvent]) {
        let (store, patient) = try makeStore(in: folder)
        try store.write { writer in
            for index in 0..<30 {
                try writer.appendEvent(
                    AccessEvent(
                        at: Self.start.addingTimeInterval(Double(index / 2) * 3_600),
                        actorType: .professional,
                        actorId: Self.actors[index % 3], actorName: "Dr \(index % 3)",
                        action: Self.actions[index % 4],
                        target: "document \(index)", outcome: .done), patient: patient)
            }
        }
        let all = try store.accessEvents(of: patient, limit: 100)
        return (store, patient, all)
    }

    static let filters: [AccessHistoryFilter] = [
        .all,
        AccessHistoryFilter(actorId: actors[1]),
        AccessHistoryFilter(since: start.addingTimeInterval(3 * 3_600)),
        AccessHistoryFilter(until: start.addingTimeInterval(9 * 3_600)),
        AccessHistoryFilter(
            since: start.addingTimeInterval(2 * 3_600), until: start.addingTimeInterval(11 * 3_600),
            actorId: actors[0]),
        AccessHistoryFilter(actorId: "99999999999"),
        AccessHistoryFilter(action: .read),
        AccessHistoryFilter(action: .modify),
        AccessHistoryFilter(actorId: actors[2], action: .add),
        AccessHistoryFilter(since: start.addingTimeInterval(5 * 3_600), action: .read),
        AccessHistoryFilter(action: .block),
    ]

    func expected(_ all: [AccessEvent], _ filter: AccessHistoryFilter) -> [AccessEvent] {
        all.filter { event in
            (filter.actorId.map { event.actorId == $0 } ?? true)
                && (filter.since.map { event.at >= $0 } ?? true)
                && (filter.until.map { event.at <= $0 } ?? true)
                && (filter.action.map { event.action == $0 } ?? true)
        }
    }

    @Test func allEventsComeNewestFirstWithTiesByIdDescending() throws {
        let (_, _, all) = try history()
        #expect(all.count == 30)
        #expect(all.map(\.id) == (1...30).reversed().map(Int64.init))
    }

    @Test(arguments: filters)
    func pagesOfAFilterMatchTheFilteredHistory(_ filter: AccessHistoryFilter) throws {
        let (store, patient, all) = try history()
        let expected = expected(all, filter)
        for size in [1, 3, 4, 7] {
            var forward: [AccessEvent] = []
            var page = PageRequest.first
            while true {
                let events = try store.accessEvents(of: patient, matching: filter, page: page, limit: size)
                forward += events
                guard events.count == size, let last = events.last else { break }
                page = .after(PageKey(date: last.at, id: last.id))
            }
            #expect(forward.map(\.id) == expected.map(\.id), "forward, pages of \(size)")

            var backward: [AccessEvent] = []
            page = .last
            while true {
                let events = try store.accessEvents(of: patient, matching: filter, page: page, limit: size)
                backward = events + backward
                guard events.count == size, let first = events.first else { break }
                page = .before(PageKey(date: first.at, id: first.id))
            }
            #expect(backward.map(\.id) == expected.map(\.id), "backward, pages of \(size)")

            var streamed: [Int64] = []
            try store.forEachAccessEvent(of: patient, matching: filter, limit: 5, pageSize: size) {
                streamed.append($0.id)
            }
            #expect(streamed == Array(expected.prefix(5).map(\.id)), "streamed, pages of \(size)")
        }
        #expect(try store.accessEventCount(of: patient, matching: filter) == expected.count)
    }

    @Test func anEventIsReadByIdOnlyForItsPatient() throws {
        let (store, patient, all) = try history()
        #expect(try store.accessEvent(all[3].id, of: patient) == all[3])
        #expect(try store.accessEvent(all[3].id, of: patient + 1) == nil)
        #expect(try store.accessEvent(9_999, of: patient) == nil)
    }

    @Test func targetsAreNamedByTheRecord() throws {
        let (store, patient) = try makeStore(in: folder)
        let document = try store.write { writer in
            try writer.addDocument(
                NewDocument(
                    category: .labResults, title: "Blood test", author: .patient, date: Self.start,
                    deposited: Self.start, content: Data("ok".utf8)), patient: patient)
        }
        let names = try store.targetNames(
            [
                "document \(document)", "document 999", "consent \(DemoCast.treatingDoctor.rpps)",
                "consent \(DemoCast.hospital.finess)", "record",
            ], of: patient)
        #expect(
            names == [
                "document \(document)": "Blood test",
                "consent \(DemoCast.treatingDoctor.rpps)": DemoCast.treatingDoctor.name,
                "consent \(DemoCast.hospital.finess)": DemoCast.hospital.name,
            ])
    }

    @Test func untilIncludesItsSecond() throws {
        let (store, patient, _) = try history()
        let exactly = AccessHistoryFilter(since: Self.start, until: Self.start)
        #expect(try store.accessEvents(of: patient, matching: exactly, limit: 10).map(\.id) == [2, 1])
    }

    /// No query of the history scans the table or sorts in a temporary b-tree.
    @Test func everyQueryIsAnIndexedRangeScan() throws {
        let (store, patient, all) = try history()
        let key = PageKey(date: all[10].at, id: all[10].id)
        var statements: [(String, StatementArguments)] = []
        for filter in Self.filters {
            for page in [PageRequest.first, .after(key), .before(key), .last] {
                let (sql, arguments, _) = SQLiteStore.accessQuery(patient, filter).statement(page, limit: 40)
                statements.append((sql, arguments))
            }
            // A page from a key starts at the key: a range on time, not a walk from the newest.
            for (page, range) in [(PageRequest.after(key), "at<?"), (.before(key), "at>?")] {
                let (sql, arguments, _) = SQLiteStore.accessQuery(patient, filter).statement(page, limit: 40)
                let plan = try store.reading { db in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                        .map { $0["detail"] as String }.joined()
                }
                #expect(plan.contains(range), "\(sql): \(plan)")
            }
        }
        statements.append(("SELECT * FROM accessEvent WHERE patientId = ? ORDER BY id", [patient]))
        statements.append(
            ("SELECT id, hash FROM accessEvent WHERE patientId = ? ORDER BY id DESC LIMIT 1", [patient]))
        try store.reading { db in
            for (sql, arguments) in statements {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                let text = plan.map { $0["detail"] as String }.joined(separator: " | ")
                #expect(!text.isEmpty)
                #expect(!text.contains("SCAN"), "\(sql): \(text)")
                #expect(!text.contains("TEMP B-TREE"), "\(sql): \(text)")
            }
        }
    }
}

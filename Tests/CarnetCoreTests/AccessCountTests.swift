import Foundation
import GRDB
import Testing

@testable import CarnetCore

/// The access history's counts and positions come from per-day counts kept with each event
/// (migration v7). They must equal what counting the rows gives, for every filter and after
/// every kind of write: the demo (small, and the bulk load of a larger one), events at day
/// boundaries, several in one second, before 1970, and events appended afterwards.
@Suite struct AccessCountTests {
    static let day: Int64 = 86_400

    func record() throws -> (SQLiteStore, Int64, TemporaryFolder) {
        let folder = TemporaryFolder()
        let path = folder.file("demo.sqlite")
        try DemoRecord.write(to: path, scale: DemoScale(documents: 5, cgmReadings: 10, accessEvents: 3_000))
        let store = try SQLiteStore.open(at: path)
        let patient = try store.patient(matching: nil).id
        // Awkward moments: both sides of midnight UTC, three events in one second, 1969.
        let base = DemoRecord.today.unixSeconds / Self.day * Self.day
        let moments = [base - 1, base, base, base, base + 1, base + Self.day - 1, -Self.day - 5, -1, 0]
        try store.write { writer in
            for (index, at) in moments.enumerated() {
                try writer.appendEvent(
                    AccessEvent(
                        at: Date(unixSeconds: at), actorType: .professional, actorId: DemoCast.pharmacist.rpps,
                        actorName: DemoCast.pharmacist.name, action: index % 2 == 0 ? .read : .add,
                        target: "record", outcome: .done),
                    patient: patient)
            }
        }
        return (store, patient, folder)
    }

    /// Every combination of actor, action and range edges worth trying.
    func filters(around base: Int64) -> [AccessHistoryFilter] {
        let actors: [String?] = [nil, DemoCast.pharmacist.rpps, DemoCast.treatingDoctor.rpps, "1"]
        let actions: [AccessAction?] = [nil, .read, .add, .block]
        let edges: [Int64?] = [
            nil, base - 1, base, base + 1, base - Self.day, base - 40 * Self.day + 3_600, -Self.day, 0,
            base - 3_000 * Self.day,
        ]
        var filters: [AccessHistoryFilter] = []
        for actor in actors {
            for action in actions {
                for since in edges {
                    for until in edges {
                        filters.append(
                            AccessHistoryFilter(
                                since: since.map { Date(unixSeconds: $0) }, until: until.map { Date(unixSeconds: $0) },
                                actorId: actor, action: action))
                    }
                }
            }
        }
        return filters
    }

    func rowCount(_ store: SQLiteStore, _ patient: Int64, _ filter: AccessHistoryFilter) throws -> Int {
        let query = SQLiteStore.accessQuery(patient, filter)
        return try store.reading { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM accessEvent WHERE \(query.filter)", arguments: query.arguments)
                ?? 0
        }
    }

    @Test func keptCountsEqualCountingTheRowsForEveryFilter() throws {
        let (store, patient, _folder) = try record()
        defer { _ = _folder }
        let base = DemoRecord.today.unixSeconds / Self.day * Self.day
        for filter in filters(around: base) {
            #expect(try store.accessEventCount(of: patient, matching: filter) == rowCount(store, patient, filter), "\(filter)")
        }
    }

    @Test func positionsEqualCountingTheRowsBeforeInBothOrders() throws {
        let (store, patient, _folder) = try record()
        defer { _ = _folder }
        let base = DemoRecord.today.unixSeconds / Self.day * Self.day
        let filters = [
            AccessHistoryFilter(), AccessHistoryFilter(actorId: DemoCast.pharmacist.rpps),
            AccessHistoryFilter(since: Date(unixSeconds: base - 400 * Self.day), action: .read),
            AccessHistoryFilter(until: Date(unixSeconds: base)),
        ]
        for filter in filters {
            let events = try store.accessEvents(of: patient, matching: filter, limit: 100_000)
            for index in stride(from: 0, to: events.count, by: max(1, events.count / 60)) + [events.count - 1] {
                let key = PageKey(date: events[index].at, id: events[index].id)
                #expect(
                    try store.accessEventPosition(of: key, patient: patient, matching: filter) == index,
                    "\(filter) newest first")
                #expect(
                    try store.accessEventPosition(of: key, patient: patient, matching: filter, oldestFirst: true)
                        == events.count - 1 - index, "\(filter) oldest first")
            }
        }
    }

    @Test func aRecordFromBeforeTheKeptCountsGetsThemFromItsHistory() throws {
        let (store, patient, folder) = try record()
        let expected = try store.accessEventCount(of: patient)
        let byActor = try store.accessEventCount(of: patient, matching: AccessHistoryFilter(actorId: DemoCast.pharmacist.rpps))
        try store.execute(KeptCountTests.beforeTheKeptCounts)
        try store.close()
        let reopened = try SQLiteStore.open(at: folder.file("demo.sqlite"))
        #expect(try reopened.accessEventCount(of: patient) == expected)
        #expect(
            try reopened.accessEventCount(of: patient, matching: AccessHistoryFilter(actorId: DemoCast.pharmacist.rpps))
                == byActor)
    }
}

import CarnetCore
import CarnetPostgres
import CarnetTUI
import Foundation

/// The same reads on the same large demo in a SQLite file and on a PostgreSQL server, in one
/// run (issue 26: each server figure within 2× of the file's, or 1 ms, whichever is larger):
///   swift run -c release carnet-benchmarks compare postgres://…/empty_database [PATH]
/// An empty database gets the large demo (bulk `COPY`), timed; one that holds it already is
/// read as it is.
enum StoreComparison {
    static func run(url: String, path given: String?) throws {
        let path: String
        if let given {
            path = given
        } else {
            let folder = NSTemporaryDirectory() + "carnet-compare-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            path = folder + "/demo.sqlite"
            let start = ContinuousClock.now
            try DemoRecord.write(to: path, scale: .large)
            print("write large demo, SQLite     \(milliseconds(ContinuousClock.now - start))")
        }
        let server = try serverDemo(url)
        let file = try StoreLocation(argument: path).open()
        let sources = try [file, server].map { store in
            try StoreSource(store: store, patient: store.patient(matching: nil))
        }
        let type = MeasurementType.interstitialGlucose
        let history = ListID.accessHistory(HistoryQuery())
        let reads: [(String, (StoreSource) throws -> Void)] = [
            ("documents, first page", { _ = try $0.page(of: .documents, .first, limit: ListState.pageSize) }),
            ("documents, End", { _ = try $0.page(of: .documents, .last, limit: ListState.pageSize) }),
            ("history, count", { _ = try $0.count(of: history) }),
            ("history, first page", { _ = try $0.page(of: history, .first, limit: ListState.pageSize) }),
            ("history, End", { _ = try $0.page(of: history, .last, limit: ListState.pageSize) }),
            ("CGM, first page", { _ = try $0.page(of: .readings(type), .first, limit: ListState.pageSize) }),
            ("CGM, End", { _ = try $0.page(of: .readings(type), .last, limit: ListState.pageSize) }),
            ("CGM chart, all, 94 cols", { _ = try $0.measurementBuckets(type, span: nil, count: 94) }),
            ("CGM chart, 30 days", { _ = try $0.measurementBuckets(type, span: 30 * 86_400, count: 94) }),
            (
                "search “resultats”: count",
                { _ = try $0.count(of: .filteredDocuments(DocumentFilter(search: "resultats"))) }
            ),
            (
                "search “resultats”: page",
                {
                    _ = try $0.page(
                        of: .filteredDocuments(DocumentFilter(search: "resultats")), .first,
                        limit: ListState.pageSize)
                }
            ),
        ]
        print("\nread (median of 9)              SQLite   PostgreSQL   within 2× or 1 ms")
        var all = true
        for (name, read) in reads {
            let times = try sources.map { source in try median { try read(source) } }
            let (sqlite, postgres) = (seconds(times[0]), seconds(times[1]))
            let within = postgres <= max(2 * sqlite, sqlite + 0.001)
            all = all && within
            print(
                "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(milliseconds(times[0])) \(milliseconds(times[1]))   \(within ? "yes" : "NO")"
            )
        }
        print(all ? "\nevery PostgreSQL figure within its bound" : "\nsome PostgreSQL figures over their bound")
        try file.close()
        try server.close()
    }

    /// The server's large demo: written into an empty database (timed), or, in a database this
    /// tool filled before, read again as it is.
    private static func serverDemo(_ url: String) throws -> PostgresStore {
        do {
            let server = try PostgresStore.open(url: url, .create)
            let start = ContinuousClock.now
            try DemoRecord.fill(server, scale: .large)
            print("write large demo, PostgreSQL \(milliseconds(ContinuousClock.now - start))")
            return server
        } catch StoreError.recordExists {
            let server = try PostgresStore.open(url: url, .existing)
            guard try server.metadata("demoSize") == DemoScale.large.name else {
                throw StoreError.invalid("\(server.location) holds a record that is not the large demo")
            }
            return server
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

import CarnetCore
import CarnetPostgres
import CarnetTUI
import Foundation

// Times what a user waits for on a large record: writing it, each pane's first and last
// page as the browser reads them, and the CGM chart. Run in release on a large demo:
//   swift run -c release carnet-benchmarks [PATH] [charts]
//   swift run -c release carnet-benchmarks import [COUNT]   (FHIR import, see ImportTimings)
//   swift run -c release carnet-benchmarks export [PATH]    (FHIR export, see ExportTimings)
//   swift run -c release carnet-benchmarks growth           (WHO growth tables, see GrowthTimings)
//   swift run -c release carnet-benchmarks compare URL [PATH] (SQLite and PostgreSQL, see StoreComparison)
// (default PATH: a new large demo in a temp folder; `charts`: only the chart timings)

func milliseconds(_ duration: Duration) -> String {
    let ms = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%8.2f ms", ms)
}

/// Runs `body` `runs` times and returns the median duration.
func median(runs: Int = 9, _ body: () throws -> Void) rethrows -> Duration {
    var samples: [Duration] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        samples.append(ContinuousClock.now - start)
    }
    return samples.sorted()[runs / 2]
}

let arguments = CommandLine.arguments.dropFirst()
// PATH may be a postgres:// URL: every figure below, on the server's store.
ServerStore.register(PostgresStore.server)
// `import [COUNT]`: the FHIR import figure alone (see ImportTimings).
if arguments.first == "import" {
    try ImportTimings.run(count: arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000)
    exit(0)
}
// `growth`: the WHO tables' first use and a child's chart curves (see GrowthTimings).
if arguments.first == "growth" {
    GrowthTimings.run()
    exit(0)
}
// `export [PATH]`: the FHIR export figure alone, on a large demo (see ExportTimings).
if arguments.first == "export" {
    try ExportTimings.run(demo: arguments.dropFirst().first)
    exit(0)
}
// `compare URL [PATH]`: the same reads on a file and on a PostgreSQL server (StoreComparison).
if arguments.first == "compare", let url = arguments.dropFirst().first {
    try StoreComparison.run(url: url, path: arguments.dropFirst(2).first)
    exit(0)
}
let path: String
if let given = arguments.first {
    path = given
} else {
    let folder = NSTemporaryDirectory() + "carnet-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    path = folder + "/demo.sqlite"
    let start = ContinuousClock.now
    try DemoRecord.write(to: path, scale: .large)
    print("write large demo           \(milliseconds(ContinuousClock.now - start))")
}

let store = try StoreLocation(argument: path).open()
let patient = try store.patient(matching: nil)
let source = try StoreSource(store: store, patient: patient)
let doctor = try store.directory(of: patient.id).first { $0.treatingDoctor }?.id
let lastMonth = Date(timeIntervalSince1970: 1_793_000_000)
let lists: [(String, ListID)] = [
    ("documents", .documents), ("vaccinations", .vaccinations()),
    ("measurement kinds", .measurementTypes), ("CGM readings", .readings(.interstitialGlucose)),
    ("profile", .profile), ("access history", .accessHistory(HistoryQuery())),
    ("history oldest 1st", .accessHistory(HistoryQuery(oldestFirst: true))),
    ("history by doctor", .accessHistory(HistoryQuery(filter: AccessHistoryFilter(actorId: doctor)))),
    ("history reads", .accessHistory(HistoryQuery(filter: AccessHistoryFilter(action: .read)))),
    ("history blocks", .accessHistory(HistoryQuery(filter: AccessHistoryFilter(action: .block)))),
    ("history 30 days", .accessHistory(HistoryQuery(filter: AccessHistoryFilter(since: lastMonth)))),
    (
        "history denied",
        .accessHistory(HistoryQuery(filter: AccessHistoryFilter(actorId: doctor, action: .list)))
    ),
    ("who may access", .whoMayAccess),
    ("documents BIOLOGIE", .filteredDocuments(DocumentFilter(category: .labResults))),
    // A search as typed, key by key: each prefix is a count and a first page.
    ("documents “r”", .filteredDocuments(DocumentFilter(search: "r"))),
    ("documents “re”", .filteredDocuments(DocumentFilter(search: "re"))),
    ("documents “res”", .filteredDocuments(DocumentFilter(search: "res"))),
    ("documents “resultats”", .filteredDocuments(DocumentFilter(search: "resultats"))),
    ("documents “n° 4321”", .filteredDocuments(DocumentFilter(search: "n° 4321"))),
    ("documents “martin”", .filteredDocuments(DocumentFilter(search: "martin"))),
    ("docs “generé” BIOLOGIE", .filteredDocuments(DocumentFilter(category: .labResults, search: "generé"))),
    ("inbox", .inbox),
]
let onlyCharts = arguments.dropFirst().first == "charts"
if !onlyCharts {
    print("list                        count        first page   last page  (median of 9)")
    print("  sqlite3 floor: the same query in one sqlite3 session, CPU time (median of 9)")
}
let floors = SQLiteFloor.queries(patient: patient.id)
for (name, list) in lists where !onlyCharts {
    var total = 0
    let count = try median { total = try source.count(of: list) }
    let first = try median { _ = try source.page(of: list, .first, limit: ListState.pageSize) }
    let last = try median { _ = try source.page(of: list, .last, limit: ListState.pageSize) }
    let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
    print(
        "\(label) \(String(format: "%8d", total)) \(milliseconds(count)) \(milliseconds(first)) \(milliseconds(last))"
    )
    if let floor = floors[name] {
        let times = [floor.count, floor.first, floor.last].map {
            SQLiteFloor.median(of: $0, in: path).map(milliseconds) ?? "   (no sqlite3)"
        }
        print("  sqlite3 floor                 \(times.joined(separator: " "))")
    }
}

// What the browser does after the record changed: the poll that notices it (a few times a
// second, idle or not), then reading the open list again around its focused row (here the
// deepest row, the dearest position to count) and the new notifications.
print("\nafter a change                  median")
let watcher = try store.changeFeed()
print("poll data_version           \(milliseconds(median(runs: 99) { _ = watcher.recordChanged() }))")
for (name, list) in [("documents", ListID.documents), ("access history", .accessHistory(HistoryQuery()))] {
    guard let key = try source.page(of: list, .last, limit: 1).first?.key else { continue }
    let reload = try median {
        _ = try source.count(of: list)
        _ = try source.position(of: key, in: list)
        _ = try source.page(of: list, .before(key), limit: ListState.pageSize / 2)
        _ = try source.page(of: list, .after(key), limit: ListState.pageSize)
    }
    print("reload \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(milliseconds(reload))")
}
let latest = try store.latestNotificationId(of: patient.id) ?? 0
print("new notifications           \(milliseconds(try median { _ = try source.notices(after: latest - 3, limit: NotificationsState.freshBanners) }))")
try chartTimings(source, patientName: patient.name)

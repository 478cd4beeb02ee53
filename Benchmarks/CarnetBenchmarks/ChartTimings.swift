import CarnetCore
import CarnetTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Times the chart of the CGM readings: the buckets of each range as the record gives them,
/// then, in a 100×30 window, each range key and each cursor key from key press to the frame
/// written by ncurses (to a file instead of a terminal): update, reads, view and drawing.
func chartTimings(_ source: StoreSource, patientName: String) throws {
    let type = MeasurementType.interstitialGlucose
    print("\nCGM chart buckets          94 columns   200 columns  (median of 9)")
    for range in ChartRange.allCases {
        let narrow = try median { _ = try source.measurementBuckets(type, span: range.span, count: 94) }
        let wide = try median { _ = try source.measurementBuckets(type, span: range.span, count: 200) }
        let label = range.label(Catalog(.en)).padding(toLength: 22, withPad: " ", startingAt: 0)
        print("\(label) \(milliseconds(narrow)) \(milliseconds(wide))")
    }

    print("\nopening the CGM readings: reads (median of 9)")
    let reads: [(String, () throws -> Void)] = [
        ("count (heading)", { _ = try source.count(of: .readings(type)) }),
        ("summary sentence", { _ = try source.measurementSummary(type) }),
        (
            "first page of 200 rows",
            { _ = try source.page(of: .readings(type), .first, limit: ListState.pageSize) }
        ),
        ("chart, all, 94 columns", { _ = try source.measurementBuckets(type, span: nil, count: 94) }),
    ]
    for (name, read) in reads {
        print("\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(milliseconds(try median(read)))")
    }

    setenv("LINES", "30", 1)
    setenv("COLUMNS", "100", 1)
    guard let output = tmpfile() else { return }
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0, let input = fdopen(fds[0], "r") else { return }
    let terminal = try NcursesTerminal(terminalType: "xterm-256color", output: output, input: input)
    defer { terminal.restore() }
    var state = AppState(rows: 30, cols: 100, patientName: patientName)
    state.pane = .measurements
    state.openedMeasurement = type
    let open = ContinuousClock.now
    try perform(Update.start(&state), on: &state, source)
    terminal.draw(AppView.render(state))
    print("open: reads, view and frame  \(milliseconds(ContinuousClock.now - open))")

    let keys: [(String, Key)] = [
        ("+ all → 5 years", .char("+")), ("+ 5 years → 1 year", .char("+")),
        ("+ 1 year → 3 months", .char("+")), ("+ 3 months → 1 month", .char("+")),
        ("- 1 month → 3 months", .char("-")), ("- 3 months → 1 year", .char("-")),
        ("- 1 year → 5 years", .char("-")), ("- 5 years → all", .char("-")),
        ("← cursor (all)", .left), ("→ cursor (all)", .right),
    ]
    var samples = Array(repeating: [Duration](), count: keys.count)
    for _ in 0..<9 {
        for (index, (_, key)) in keys.enumerated() {
            let start = ContinuousClock.now
            try perform(Update.update(&state, .key(key)), on: &state, source)
            terminal.draw(AppView.render(state))
            samples[index].append(ContinuousClock.now - start)
        }
    }
    print("key press to frame drawn (median of 9, worst)")
    for ((name, _), times) in zip(keys, samples) {
        let sorted = times.sorted()
        print(
            "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(milliseconds(sorted[4])) \(milliseconds(sorted[8]))"
        )
    }
}

/// The run loop's reads, as `AppRunner` performs them.
private func perform(_ effects: [Effect], on state: inout AppState, _ source: StoreSource) throws {
    var pending = effects
    while !pending.isEmpty {
        switch pending.removeFirst() {
        case .load(let list, let request, let withCount):
            let total = withCount ? try source.count(of: list) : nil
            let rows = try source.page(of: list, request, limit: ListState.pageSize)
            pending += Update.update(&state, .loaded(list, request, rows: rows, total: total))
        case .loadSummary(let type):
            if let sentence = try source.measurementSummary(type) {
                pending += Update.update(&state, .summaryLoaded(type, sentence))
            }
        case .loadChart(let request):
            let buckets = try source.measurementBuckets(
                request.type, span: request.range.span, count: request.columns)
            pending += Update.update(
                &state, .chartLoaded(request, buckets, buckets.flatMap(source.growthCurves)))
        default:
            break
        }
    }
}

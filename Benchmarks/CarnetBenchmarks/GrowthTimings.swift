import CarnetCore
import Foundation

/// What a child's growth costs: reading the WHO tables on first use (the only time they are
/// parsed), the memory they then hold, and the curves of a full-width chart.
///   swift run -c release carnet-benchmarks growth
enum GrowthTimings {
    static func run() {
        let before = residentBytes()
        let start = ContinuousClock.now
        // One z-score per indicator and sex, before 5 years and after: every table is parsed.
        for sex in Sex.allCases {
            for indicator in GrowthIndicator.allCases {
                _ = GrowthReference.zScore(10, indicator, sex, ageDays: 400)
                _ = GrowthReference.zScore(30, indicator, sex, ageDays: 3_000)
            }
        }
        let parse = ContinuousClock.now - start
        let after = residentBytes()
        print("growth: parse the five WHO tables   \(milliseconds(parse))")
        print(String(format: "growth: resident memory they add     %8.0f kB", Double(after - before) / 1_024))

        let zScore = median(runs: 99) {
            _ = GrowthReference.zScore(21.3, .weightForAge, .female, ageDays: 2_345)
        }
        print("growth: one z-score (2007, interp.)  \(milliseconds(zScore))")
        // A chart 200 columns wide over a child's first 7 years.
        let buckets = MeasurementBuckets(
            type: .height, start: Date(timeIntervalSince1970: 1_552_000_000), width: 7 * 365 * 86_400 / 200,
            buckets: Array(repeating: [], count: 200))
        let curves = median(runs: 99) {
            _ = GrowthCurves(buckets, birthDate: "2019-03-03", sex: .female)
        }
        print("growth: curves of a 200-column chart \(milliseconds(curves))")
    }

    /// The process's resident set, from /proc (Linux).
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

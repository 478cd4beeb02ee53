import CarnetCore
import Foundation
import Testing

/// The round trip on the large demo, for its 100,000 readings: `carnet export` then
/// `carnet import` into an empty record gives every reading back, the same value at the
/// same time, kind by kind. (The demo record's round trip of everything else is in
/// `ExportCommandTests`.) Long: the processes run niced, off the test pool's threads.
@Suite struct LargeExportRoundTripTests {
    @Test func theLargeDemosReadingsComeBackIdentical() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let original = carnet.home + "/large.sqlite"
        let bundle = carnet.home + "/large.json"
        let copy = carnet.home + "/copy.sqlite"
        let demo = try await carnet.runAway(
            ["demo", "--size", "large", "--no-open", "--db", original], niceness: 19)
        #expect(demo.status == 0, "\(demo.stderr)")
        let export = try await carnet.runAway(["export", "--db", original, "--out", bundle], niceness: 19)
        #expect(export.status == 0, "\(export.stderr)")
        let imported = try await carnet.runAway(["import", bundle, "--db", copy], niceness: 19)
        #expect(imported.status == 0, "\(imported.stderr)")

        let first = try SQLiteStore.open(at: original)
        let second = try SQLiteStore.open(at: copy)
        let a = try first.patient(matching: nil)
        let b = try second.patient(matching: nil)
        var total = 0
        for type in MeasurementType.allCases {
            let left = try first.measurements(of: a.id, type: type).map { [$0.value, $0.at.timeIntervalSince1970] }
            let right = try second.measurements(of: b.id, type: type).map { [$0.value, $0.at.timeIntervalSince1970] }
            #expect(left == right, "\(type.code): \(left.count) readings, \(right.count) back")
            total += left.count
        }
        #expect(total > 100_000)
    }
}

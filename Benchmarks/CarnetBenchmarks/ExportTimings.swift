import CarnetCore
import Foundation

/// The FHIR export figure of issue 22: the large demo (5,000 documents, 100,000 CGM readings,
/// 1,000,000 access events) exported by the release `carnet` binary as a Bundle and as NDJSON,
/// with and without its history; time, size and the child's peak resident memory (GNU time's
/// %M). Then the readings' round trip: the export without history imported into an empty
/// record must list the same readings, or the run fails. Run:
///   swift build -c release && .build/release/carnet-benchmarks export [LARGE-DEMO-PATH]
enum ExportTimings {
    static func run(demo given: String?) throws {
        let folder = NSTemporaryDirectory() + "carnet-export-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let demo = given ?? folder + "/demo.sqlite"
        if given == nil { try DemoRecord.write(to: demo, scale: .large) }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("carnet").path
        for (name, options) in [
            ("Bundle with history", ["--with-history"]),
            ("NDJSON with history", ["--with-history", "--format", "ndjson"]),
            ("Bundle", []),
        ] {
            let out = folder + "/" + name.replacingOccurrences(of: " ", with: "-")
            let (seconds, peak, status) = try ImportTimings.timed(
                binary, ["export", "--db", demo, "--out", out] + options)
            print(
                String(
                    format: "export %@: %.1f s, %.0f MB written, peak memory %.0f MB, exit %d", name, seconds,
                    Double(size(of: out)) / 1e6, Double(peak) / 1e6, status))
        }
        let copy = folder + "/copy.sqlite"
        let (seconds, _, status) = try ImportTimings.timed(
            binary, ["import", folder + "/Bundle", "--db", copy])
        print(String(format: "import of the Bundle into an empty record: %.1f s, exit %d", seconds, status))
        try compareReadings(demo, copy)
    }

    /// Every kind's readings, the same values at the same times, or exit 1.
    private static func compareReadings(_ original: String, _ copy: String) throws {
        let first = try StoreLocation(argument: original).open()
        let second = try StoreLocation(argument: copy).open()
        let a = try first.patient(matching: nil)
        let b = try second.patient(matching: nil)
        var total = 0
        for type in MeasurementType.allCases {
            let left = try first.measurements(of: a.id, type: type).map {
                [$0.value, $0.at.timeIntervalSince1970]
            }
            let right = try second.measurements(of: b.id, type: type).map {
                [$0.value, $0.at.timeIntervalSince1970]
            }
            guard left == right else {
                print(
                    "readings round trip: \(type.code) differs (\(left.count) readings, \(right.count) back)")
                exit(1)
            }
            total += left.count
        }
        print("readings round trip: \(total) readings listed the same")
    }

    /// A file's size, or a folder's files' sizes added.
    private static func size(of path: String) -> Int {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        let files =
            isFolder.boolValue
            ? ((try? manager.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
        return files.reduce(0) { $0 + ((try? manager.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }
}

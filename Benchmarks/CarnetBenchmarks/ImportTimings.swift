import CarnetCore
import Foundation

/// The FHIR import figure of issue 21: a Bundle of 100,000 Observations (about 150 MB) and
/// the same as NDJSON, imported by the release `carnet` binary into a new record; the time
/// and the child's peak resident memory (GNU time's %M) are printed. Run:
///   swift build -c release && .build/release/carnet-benchmarks import [COUNT]
enum ImportTimings {
    static func run(count: Int) throws {
        let folder = NSTemporaryDirectory() + "carnet-import-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bundle = folder + "/bundle.json"
        let ndjson = folder + "/export.ndjson"
        try write(count: count, bundle: bundle, ndjson: ndjson)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("carnet").path
        for (name, file) in [("Bundle", bundle), ("NDJSON", ndjson)] {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let record = folder + "/\(name).sqlite"
            let (seconds, peak, status) = try timed(binary, ["import", file, "--db", record])
            print(
                String(
                    format: "import %@ of %d Observations (%.0f MB): %.1f s, peak memory %.0f MB (%.2f× the file), exit %d",
                    name, count, Double(size) / 1e6, seconds, Double(peak) / 1e6, Double(peak) / Double(size), status))
            let (again, _, _) = try timed(binary, ["import", file, "--db", record])
            print(String(format: "  again (nothing new): %.1f s", again))
        }
    }

    /// CGM readings every 5 minutes back from now, each with the elements a laboratory or
    /// device export carries (category, coding with display, subject, device, reference
    /// range, narrative) so that one is about 1.5 KB as in real exports.
    private static func write(count: Int, bundle: String, ndjson: String) throws {
        _ = FileManager.default.createFile(atPath: bundle, contents: nil)
        _ = FileManager.default.createFile(atPath: ndjson, contents: nil)
        let bundleFile = try FileHandle(forWritingTo: URL(fileURLWithPath: bundle))
        let ndjsonFile = try FileHandle(forWritingTo: URL(fileURLWithPath: ndjson))
        defer {
            try? bundleFile.close()
            try? ndjsonFile.close()
        }
        let patient = #"{"resourceType":"Patient","id":"p","name":[{"family":"Durand","given":["Camille"]}],"birthDate":"1979-03-15"}"#
        bundleFile.write(Data(#"{"resourceType":"Bundle","type":"collection","meta":{"source":"https://cgm.example"},"entry":["#.utf8))
        bundleFile.write(Data(#"{"fullUrl":"urn:uuid:patient-p","resource":\#(patient)}"#.utf8))
        ndjsonFile.write(Data((patient + "\n").utf8))
        let start = Int(Date().timeIntervalSince1970) - count * 300 - 3600
        let formatter = ISO8601DateFormatter()
        let narrative = String(repeating: "Mesure du capteur de glucose interstitiel. ", count: 14)
        var chunk = ""
        var lines = ""
        for index in 0..<count {
            let at = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(start + index * 300)))
            let value = 70 + (index * 37) % 180
            let observation = #"{"resourceType":"Observation","id":"cgm-\#(index)","meta":{"source":"https://cgm.example"},"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">\#(narrative)\#(value) mg/dL</div>"},"status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs","display":"Vital Signs"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"99504-3","display":"Glucose [Mass/volume] in Interstitial fluid"}],"text":"Glucose interstitiel"},"subject":{"reference":"Patient/p"},"effectiveDateTime":"\#(at)","device":{"display":"Capteur CGM"},"valueQuantity":{"value":\#(value),"unit":"mg/dL","system":"http://unitsofmeasure.org","code":"mg/dL"},"referenceRange":[{"low":{"value":70,"unit":"mg/dL"},"high":{"value":180,"unit":"mg/dL"}}]}"#
            chunk += #",{"fullUrl":"urn:uuid:cgm-\#(index)","resource":\#(observation)}"#
            lines += observation + "\n"
            if index % 1000 == 999 {
                bundleFile.write(Data(chunk.utf8))
                ndjsonFile.write(Data(lines.utf8))
                chunk = ""
                lines = ""
            }
        }
        bundleFile.write(Data((chunk + "]}").utf8))
        ndjsonFile.write(Data(lines.utf8))
    }

    /// Runs the binary under /usr/bin/time (Foundation's Process reaps its children itself,
    /// so their rusage cannot be read here); its wall time, peak resident memory in bytes and
    /// exit status.
    static func timed(_ binary: String, _ arguments: [String]) throws -> (Double, Int, Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", binary] + arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let start = ContinuousClock.now
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // GNU time prints the peak resident set in kilobytes on its last line.
        let kilobytes = String(decoding: output, as: UTF8.self).split(separator: "\n").last.flatMap { Int($0) } ?? 0
        return (seconds, kilobytes * 1024, process.terminationStatus)
    }
}

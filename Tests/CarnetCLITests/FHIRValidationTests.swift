import Foundation
import Testing

/// The export checked by a validator that is not carnet's: `Tests/Tools/fhir-validate.py`
/// runs PyPI's fhir.resources (R4B models, installed by `scripts/bootstrap` in `.fhir-venv`)
/// over every resource, and checks that every reference resolves inside the export. Without
/// that validator these tests fail, saying how to install it: they never pass unchecked.
@Suite(.serialized) struct FHIRValidationTests {
    let carnet = CarnetRunner()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The validator's output and exit status.
    func validate(_ export: String) throws -> (status: Int32, output: String) {
        let python = Self.repository.appendingPathComponent(".fhir-venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("No FHIR validator at \(python): run scripts/bootstrap, which installs it.")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            Self.repository.appendingPathComponent("Tests/Tools/fhir-validate.py").path, export,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theDemosExportWithItsHistoryIsValidFHIRAndEveryReferenceResolves() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let bundle = carnet.path("demo.json")
        #expect(try carnet.run(["export", "--demo", "--with-history", "--out", bundle]).status == 0)
        let checked = try validate(bundle)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("resources valid"))
        let folder = carnet.path("demo-ndjson")
        #expect(
            try carnet.run(["export", "--demo", "--with-history", "--format", "ndjson", "--out", folder])
                .status == 0)
        let bulk = try validate(folder)
        #expect(bulk.status == 0, "\(bulk.output)")
    }

    /// The validator itself catches what it is there for: a required element missing, and
    /// a reference to a resource the export does not hold.
    @Test func theValidatorRefusesABrokenExport() throws {
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let folder = carnet.path("demo-ndjson")
        #expect(try carnet.run(["export", "--demo", "--format", "ndjson", "--out", folder]).status == 0)
        let file = folder + "/Immunization.ndjson"
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        var first = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        first["status"] = nil
        first["patient"] = ["reference": "Patient/nobody"]
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: first), as: UTF8.self)
        try ([broken] + lines.dropFirst()).joined(separator: "\n").appending("\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let checked = try validate(folder)
        #expect(checked.status == 1)
        #expect(checked.output.contains("status"))
        #expect(checked.output.contains("Patient/nobody is not in the export"))
    }
}

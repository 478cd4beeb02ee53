import CarnetCore
import Foundation
import Testing

/// The browser's import and export views in the real binary, in tmux: a laboratory's FHIR
/// file imported from the home folder, its report read, then the record exported to a file.
@Suite(.serialized) struct RecordFilesEndToEndTests {
    @Test func importAFileSeeItsReportThenExportTheRecord() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        try ImportCommandTests.labResults(patient: nil).write(
            toFile: carnet.home + "/ionogramme.ndjson", atomically: true, encoding: .utf8)
        let tui = try carnet.browser("--demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16", timeout: 30)

        try tui.press("I")
        try await tui.expectScreenContains("Import a FHIR R4 file")
        try tui.press("-l", "~/ionogramme.ndjson")
        try tui.press("Enter")
        try await tui.expectScreenContains("Import of ~/ionogramme.ndjson", timeout: 30)
        try await tui.expectScreenContains("Added: 1 reading, 1 document.")
        try tui.press("Escape")
        try await tui.expectScreenContains("Documents · 17")

        let out = carnet.path("export.json")
        try tui.press("E")
        try await tui.expectScreenContains("Export the record (FHIR R4)")
        try tui.press("-l", out)
        try tui.press("Enter")
        try await tui.expectScreenContains("Export to \(out)", timeout: 30)
        try await tui.expectScreenContains("FHIR R4 resources to \(out).")
        #expect(FileManager.default.fileExists(atPath: out))
        let bundle = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out)))
        #expect((bundle as? [String: Any])?["resourceType"] as? String == "Bundle")

        // A second export to the same file asks first; no leaves it as it was.
        try tui.press("Escape", "E")
        try await tui.expectScreenContains("Export the record (FHIR R4)")
        try tui.press("-l", out)
        try tui.press("Enter")
        try await tui.expectScreenContains("already exists. Replace it with this export?")
        try tui.press("n")
        try await tui.expectScreenContains("Nothing was changed.")
        try tui.press("Escape", "q")
        try await tui.expectScreenContains("EXITED 0")
    }
}

import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The import and export views' work against a real record: the same exporter and importer
/// as the command line, their refusals in words, and nothing written on a refusal.
@Suite struct RecordFilesStoreTests {
    let folder = NSTemporaryDirectory() + "carnet-files-" + UUID().uuidString + "/"

    func source() throws -> StoreSource {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DemoRecord.write(to: folder + "record.sqlite", scale: .small)
        let store = try SQLiteStore.open(at: folder + "record.sqlite")
        return try StoreSource(
            store: store, patient: try store.patient(matching: nil), pdf: PDFTextExtractor(executable: nil))
    }

    func run(_ work: some RecordWork, _ source: StoreSource) -> JobOutcome {
        source.run(RecordJob(work)) { _, _ in }
    }

    @Test func anExportWritesTheFileSaysItsCountsAndAsksBeforeReplacingIt() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try source()
        let export = FHIRExport(path: folder + "out.json", format: .bundle, withHistory: false, force: false)
        guard case .done(let page, let said, true) = run(export, source) else {
            Issue.record("the export did not end with its summary")
            return
        }
        #expect(FileManager.default.fileExists(atPath: folder + "out.json"))
        #expect(said.hasPrefix("Exported ") && said.contains(" FHIR R4 resources to \(folder)out.json."))
        #expect(page.body.count == 2 && page.body[1].contains("Patient"))
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "out.json"))
        var replacing = export
        replacing.force = true
        #expect(
            run(export, source)
                == .ask(
                    "\(folder)out.json already exists. Replace it with this export?",
                    then: RecordJob(replacing)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "out.json")) == before, "left as it was")
        guard case .done = run(replacing, source) else {
            Issue.record("the export did not replace the file on yes")
            return
        }
    }

    @Test func anExportAbandonedAsTheBrowserEndsLeavesNothingBehind() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let half = FHIRExporter.temporaryPath(for: folder + "out.json")
        try Data("{\"resourceType\":\"Bundle\",".utf8).write(to: URL(fileURLWithPath: half))
        try Data("kept".utf8).write(to: URL(fileURLWithPath: folder + "out.json"))
        FHIRExport(path: folder + "out.json", format: .bundle, withHistory: false, force: true).abandon()
        #expect(!FileManager.default.fileExists(atPath: half))
        #expect(
            try String(contentsOfFile: folder + "out.json", encoding: .utf8) == "kept", "the file as it was")
    }

    @Test func anImportRefusesAMissingFileAndAFileThatIsNotFHIRWritingNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try source()
        let events = try source.count(of: .accessHistory(HistoryQuery()))
        guard case .refused(let missing) = run(FHIRImport(path: folder + "none.json"), source) else {
            Issue.record("a missing file was not refused")
            return
        }
        #expect(missing.contains("none.json"))
        try Data("just notes".utf8).write(to: URL(fileURLWithPath: folder + "notes.txt"))
        guard case .refused(let notFHIR) = run(FHIRImport(path: folder + "notes.txt"), source) else {
            Issue.record("a file that is not FHIR was not refused")
            return
        }
        #expect(notFHIR.contains("notes.txt") && notFHIR != missing)
        #expect(try source.count(of: .accessHistory(HistoryQuery())) == events, "no event written")
    }

    @Test func theRecordsOwnExportImportsBackAsNothingNew() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try source()
        _ = run(
            FHIRExport(path: folder + "out.json", format: .bundle, withHistory: false, force: false), source)
        guard case .done(let page, _, true) = run(FHIRImport(path: folder + "out.json"), source) else {
            Issue.record("the import did not end with its report")
            return
        }
        #expect(page.title == "Import of \(folder)out.json")
        #expect(page.body.first?.hasPrefix("Imported into the record of") == true, "\(page.body)")
    }
}

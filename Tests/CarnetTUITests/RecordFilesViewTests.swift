import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The browser's import and export views: their forms, the work they ask for, its progress
/// and outcome, and their absence where nothing may be written.
@Suite struct RecordFilesViewTests {
    static let sizes: [ListID: Int] = [.documents: 3, .accessHistory(HistoryQuery()): 40]

    /// A key, with the effects `update` asks for (not performed).
    func effects(_ key: Key, _ harness: inout Harness) -> [Effect] {
        Update.update(&harness.state, .key(key))
    }

    @Test func anImportAsksForAPathThenRunsOffTheKeyLoopWithItsProgressSaid() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char("I"))
        #expect(harness.state.form?.title == "Import a FHIR R4 file")
        #expect(harness.state.announcement.contains("Import a FHIR R4 file"))
        harness.press(.enter)
        #expect(harness.state.form?.fields[0].error == "Type the path of the file to import.")
        #expect(harness.state.job == nil)
        harness.type("~/lab.json")
        let asked = effects(.enter, &harness)
        #expect(asked == [.run(RecordJob(FHIRImport(path: "~/lab.json")))])
        #expect(harness.state.job == "Importing 0%")
        #expect(harness.state.message == "Importing 0%")
        harness.send(.jobProgress("Importing 40%"))
        #expect(harness.state.announcement == "Importing 40%")
        #expect(harness.lines.last?.contains("Importing 40%") == true)
        // A second Enter while it runs starts nothing.
        #expect(effects(.enter, &harness).isEmpty)
        #expect(harness.state.message == "The last one is still running: wait for its summary.")
    }

    @Test func theReportShowsAsAPageAndTheListsAreReadAgain() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char("I"))
        harness.type("lab.json")
        _ = effects(.enter, &harness)
        let lines = ["Imported into the record of Test Patient:", "Added: 1 document, 4 readings."]
        let page = TextPage(title: "Import of lab.json", fields: [], body: lines, subject: .summary)
        let reads = Update.update(
            &harness.state, .jobDone(.done(page, said: lines.joined(separator: " "), changedRecord: true)))
        #expect(harness.state.form == nil)
        #expect(harness.state.job == nil)
        #expect(harness.state.page?.title == "Import of lab.json")
        #expect(
            harness.state.message
                == "Imported into the record of Test Patient: Added: 1 document, 4 readings.")
        #expect(reads.contains { if case .reload(.documents, _) = $0 { true } else { false } })
        #expect(harness.lines.contains { $0.contains("Added: 1 document, 4 readings.") })
    }

    @Test func inScreenReaderModeTheProgressIsAnnouncedAndTheReportReadAsLines() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.state.screenReader = true
        harness.press(.char("I"))
        harness.type("lab.json")
        _ = effects(.enter, &harness)
        harness.send(.jobProgress("Importing 30%"))
        #expect(harness.lines[1] == "Importing 30%", "the announcement line")
        let lines = ["Imported into the record of Test Patient.", "Added: 1 reading, 1 document."]
        harness.send(.jobDone(.report("Import of lab.json", lines, said: lines.joined(separator: " "))))
        let screen = harness.lines
        #expect(screen[0] == "Import of lab.json")
        #expect(screen[1] == "Imported into the record of Test Patient. Added: 1 reading, 1 document.")
        #expect(screen.contains("Added: 1 reading, 1 document."))
    }

    @Test func aRefusalIsSaidInTheFormAndNothingElseHappens() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char("I"))
        harness.type("notes.txt")
        _ = effects(.enter, &harness)
        let why = "notes.txt: this is not FHIR JSON. Nothing was imported."
        #expect(Update.update(&harness.state, .jobDone(.refused(why))).isEmpty)
        #expect(harness.state.form?.message == why)
        #expect(harness.state.form?.fields[0].text == "notes.txt", "the path stays, to correct")
        #expect(harness.state.message == why)
        #expect(harness.state.page == nil && harness.state.job == nil)
    }

    @Test func anExportAsksWhereWithABundleByDefaultAndAsksBeforeReplacingAFile() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char("E"))
        let form = try! #require(harness.state.form)
        #expect(form.title == "Export the record (FHIR R4)")
        #expect(form.focus == ExportView.Field.path)
        #expect(form.fields[ExportView.Field.format].text == "One Bundle file (JSON)")
        #expect(form.fields[ExportView.Field.history].text == "Left out")
        harness.type("record.json")
        let export = FHIRExport(path: "record.json", format: .bundle, withHistory: false, force: false)
        #expect(effects(.enter, &harness) == [.run(RecordJob(export))])
        #expect(harness.state.message == "Exporting 0%")
        var replacing = export
        replacing.force = true
        _ = Update.update(
            &harness.state,
            .jobDone(
                .ask("record.json already exists. Replace it with this export?", then: RecordJob(replacing))))
        #expect(
            harness.state.confirmation?.question == "record.json already exists. Replace it with this export?"
        )
        #expect(harness.state.job == nil)
        // No: nothing is written, the form is there to give another path.
        #expect(effects(.char("n"), &harness).isEmpty)
        #expect(harness.state.message == "Nothing was changed.")
        #expect(harness.state.form != nil)
        // Yes: the same export, replacing the file.
        _ = Update.update(
            &harness.state,
            .jobDone(
                .ask("record.json already exists. Replace it with this export?", then: RecordJob(replacing))))
        #expect(effects(.char("y"), &harness) == [.run(RecordJob(replacing))])
        #expect(harness.state.job == "Exporting 0%")
    }

    @Test func ndjsonWithTheHistoryIsChosenInTheForm() {
        var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
        harness.press(.char("E"), .backTab, .backTab, .enter, .down, .enter)
        #expect(harness.state.form?.fields[ExportView.Field.format].text == "NDJSON files in a folder")
        harness.press(.enter, .down, .enter)
        #expect(harness.state.form?.fields[ExportView.Field.history].text == "Included, as AuditEvents")
        #expect(harness.state.form?.focus == ExportView.Field.path)
        harness.type("out")
        let export = FHIRExport(path: "out", format: .ndjson, withHistory: true, force: false)
        #expect(effects(.enter, &harness) == [.run(RecordJob(export))])
    }

    @Test func aKioskAndARecordOpenedReadOnlyHaveNeitherView() {
        for readOnly in [false, true] {
            var harness = Harness(rows: 24, cols: 90, sizes: Self.sizes)
            harness.state.kiosk = !readOnly
            harness.state.readOnly = readOnly
            let keys = KeyMap.helpLines(for: harness.state).flatMap(\.keys)
            #expect(!keys.contains(.char("I")) && !keys.contains(.char("E")))
            harness.press(.char("I"))
            harness.press(.char("E"))
            #expect(harness.state.form == nil)
        }
    }

    @Test func theRunLoopSaysTheProgressThenTheOutcome() throws {
        let source = FakeSource(sizes: Self.sizes)
        source.jobOutcome = .refused("no such file")
        let runner = AppRunner(terminal: FakeTerminal(rows: 24, cols: 90, keys: []), source: source)
        var state = AppState(rows: 24, cols: 90, patientName: "Test Patient")
        let job = RecordJob(FHIRImport(path: "lab.json"))
        runner.perform([.run(job)], on: &state)
        var answers: [Msg] = []
        let deadline = Date().addingTimeInterval(5)
        while answers.count < 3 && Date() < deadline {
            answers += runner.background.answers()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(
            answers == [
                .jobProgress("Importing 50%"), .jobProgress("Importing 100%"),
                .jobDone(.refused("no such file")),
            ])
        #expect(source.jobs == [job])
    }
}

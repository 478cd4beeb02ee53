import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The add form: typing into fields, moving between them, a category from a menu, checks
/// in words, the record's refusal kept in the form, and the cursor after the typed text.
@Suite struct FormTests {
    func type(_ text: String, _ harness: inout Harness) {
        for character in text { harness.press(.char(character)) }
    }

    @Test func fillingTheFormAsksForTheDocumentToBeAdded() {
        var harness = Harness(sizes: [.documents: 3])
        harness.press(.char("a"))
        #expect(harness.state.form?.title == "Add a document")
        #expect(harness.state.inDialog)
        type("/tmp/bilan q.pdf", &harness)
        #expect(harness.state.form?.fields[0].text == "/tmp/bilan q.pdf", "q types, it does not quit")
        #expect(!harness.state.quitting)
        harness.press(.enter)
        #expect(harness.state.form?.focus == 1)
        harness.press(.enter)
        #expect(harness.state.menu?.purpose == .formChoice(field: 1))
        harness.press(.down, .down, .down, .enter)
        #expect(harness.state.form?.fields[1].text == "Lab results")
        #expect(harness.state.form?.focus == 2, "choosing moves on")
        type("Bilan 1", &harness)
        harness.press(.backspace)
        type("2", &harness)
        harness.press(.tab)
        type("14/03/2026", &harness)
        harness.press(.enter)
        guard case .addDocument(let path, let category, let title, let date)? = harness.source.changes.first
        else {
            Issue.record("no change asked for: \(harness.source.changes)")
            return
        }
        #expect(path == "/tmp/bilan q.pdf" && category == .labResults && title == "Bilan 2")
        #expect(date.map { TextFormat(.en).day($0) } == "2026-03-14")
        // The fake source accepted it: the form is gone and the lists are read again.
        #expect(harness.state.form == nil)
        #expect(harness.state.message?.hasPrefix("done:") == true)
    }

    @Test func missingAndWrongFieldsAreSaidAndTheFocusGoesToTheFirst() {
        var harness = Harness(sizes: [.documents: 3])
        harness.press(.char("a"), .tab, .tab, .tab)
        type("31/02/2026", &harness)
        harness.press(.enter)
        let form = harness.state.form
        #expect(
            form?.fields.map(\.error) == [
                "Type the path of the file to add.", "Choose a category: Enter opens the list.",
                "The title is empty: give the document a title.",
                "“31/02/2026” is not a date: type it as 2026-03-14 or 14/03/2026.",
            ])
        #expect(form?.focus == 0)
        #expect(harness.state.message == "Check the field marked: File: Type the path of the file to add.")
        #expect(harness.source.changes.isEmpty)
        type("x", &harness)
        #expect(harness.state.form?.fields[0].error == nil, "typing clears the field's message")
    }

    @Test func escapeCancelsAndChangesNothing() {
        var harness = Harness(sizes: [.documents: 3])
        harness.press(.char("a"))
        type("abc", &harness)
        harness.press(.escape)
        #expect(harness.state.form == nil)
        #expect(harness.state.message == "Nothing was changed.")
        #expect(harness.source.changes.isEmpty)
    }

    @Test func aRefusalByTheRecordStaysInTheForm() {
        var harness = Harness(sizes: [.documents: 3])
        harness.press(.char("a"))
        harness.send(.changeRefused("setup.exe is a Windows program, not a document."))
        #expect(harness.state.form?.message == "setup.exe is a Windows program, not a document.")
        let lines = AppView.render(harness.state).lines()
        #expect(lines.contains { $0.contains("setup.exe is a Windows program") })
    }

    @Test func theCursorSitsAfterTheFocusedFieldsText() {
        var harness = Harness(rows: 20, cols: 80, sizes: [.documents: 3])
        harness.press(.char("a"))
        type("/tmp/a.pdf", &harness)
        var screen = AppView.render(harness.state)
        var line = screen.lines()[screen.cursor.row]
        #expect(line.contains("File:"))
        let before = String(line.prefix(screen.cursor.col))
        #expect(before.hasSuffix("/tmp/a.pdf"), "\(before)")
        // A long path shows its end, where typing goes.
        type(String(repeating: "/dossier", count: 12), &harness)
        screen = AppView.render(harness.state)
        line = screen.lines()[screen.cursor.row]
        #expect(String(line.prefix(screen.cursor.col)).hasSuffix("/dossier"))
        #expect(line.contains("…"))
        harness.press(.tab)
        screen = AppView.render(harness.state)
        #expect(screen.lines()[screen.cursor.row].contains("Category:"))
        #expect(screen.lines()[screen.cursor.row].contains("Enter: choose"))
        #expect(screen.lines().last?.contains("Enter accept") == true)
    }

    @Test func inScreenReaderModeTheFormIsPlainLines() {
        var state = AppState(rows: 14, cols: 70, patientName: "Test", screenReader: true)
        _ = Update.update(&state, .key(.char("a")))
        for character in "/tmp/a.pdf" { _ = Update.update(&state, .key(.char(character))) }
        let screen = AppView.render(state)
        let lines = screen.lines()
        #expect(lines[2] == "Add a document")
        #expect(lines[3] == "File, field 1 of 4: /tmp/a.pdf")
        #expect(lines[4] == "Category (Enter: choose), field 2 of 4:")
        #expect(screen.cursor == (3, TextWidth.width(of: lines[3])))
        #expect(!lines.joined().unicodeScalars.contains { (0x2500...0x259F).contains($0.value) })
        _ = Update.update(&state, .key(.tab))
        #expect(state.announcement == "Category (Enter: choose), field 2 of 4: ")
    }
}

import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Characters a screen-reader view must never hold: box drawing, blocks and braille.
func drawingCharacters(in lines: [String]) -> [Character] {
    lines.joined().filter { character in
        character.unicodeScalars.contains { scalar in
            (0x2500...0x257F).contains(scalar.value) || (0x2580...0x259F).contains(scalar.value)
                || (0x2800...0x28FF).contains(scalar.value)
        }
    }
}

@Suite struct ScreenReaderViewTests {
    static let sizes: [ListID: Int] = [
        .documents: 41, .vaccinations(): 19, .measurementTypes: 2, .readings(.weight): 105,
        .readings(.bloodGlucose): 3, .profile: 16, .accessHistory(HistoryQuery()): 1_000_040,
    ]

    func harness(rows: Int = 12, cols: Int = 80) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: Self.sizes)
        harness.state.screenReader = true
        return harness
    }

    @Test func everyRowIsASelfDescribingLineUnderAPlainHeading() {
        let lines = AppView.render(harness().state).lines()
        #expect(lines[0] == "Documents, pane 1 of 5, 41 items.")
        #expect(lines[1] == "Record of Test Patient. Documents pane. Press ? for the keys.")
        #expect(lines[2] == "Document 1 of 41: item 1 in words")
        #expect(lines[3] == "Document 2 of 41: item 2 in words")
        #expect(lines[11].hasPrefix("Keys: Down or j: Next item. Enter or Right or l: Open the document."))
    }

    @Test func theLineUnderTheCursorIsTheFocusedItemAfterEveryKey() {
        var harness = harness()
        let keys: [Key] = [
            .down, .down, .pageDown, .end, .up, .home, .tab, .down, .char("3"), .enter, .down, .escape,
            .char("4"), .char("G"), .char("5"), .end, .pageUp, .backTab,
        ]
        for key in keys {
            harness.press(key)
            let screen = AppView.render(harness.state)
            let list = harness.state.current
            let name = ListLayout.itemName(of: harness.state.currentList, Catalog(.en))
            let expected =
                "\(name) \(TextFormat(.en).count(list.focus + 1)) of \(TextFormat(.en).count(list.total)): "
            #expect(screen.cursor.col == 0)
            #expect(screen.lines()[screen.cursor.row].hasPrefix(expected), "after \(key)")
            #expect(
                screen.lines()[screen.cursor.row].contains("item \(list.focus + 1) in words"), "after \(key)")
        }
    }

    @Test func noPaneHasBoxBlockOrBrailleCharacters() {
        var harness = harness()
        for key in [Key.char("1"), .char("2"), .char("3"), .enter, .char("4"), .char("5"), .char("?")] {
            harness.press(key)
            let lines = AppView.render(harness.state).lines()
            #expect(drawingCharacters(in: lines).isEmpty, "after \(key): \(lines)")
        }
    }

    @Test func stateChangesAreAnnouncedWithoutMovingTheFocus() {
        var harness = harness()
        harness.press(.down, .down)
        let before = AppView.render(harness.state).cursor
        harness.press(.tab)
        #expect(harness.state.announcement == "Vaccinations pane.")
        harness.press(.backTab)
        #expect(AppView.render(harness.state).cursor == before)
        harness.press(.char("3"), .enter)
        #expect(harness.state.announcement == "Readings of Weight opened. Escape goes back.")
        harness.press(.escape)
        #expect(harness.state.announcement == "Back to the kinds of measurement.")
        harness.press(.char("?"))
        #expect(AppView.render(harness.state).lines()[1] == "Keys of the Measurements pane. Escape closes.")
        harness.send(.failed(.documents, "Could not read the record: disk I/O error"))
        #expect(AppView.render(harness.state).lines()[1] == "Could not read the record: disk I/O error")
    }

    @Test func helpIsPlainLinesWithEveryKeyInWords() {
        var harness = harness(rows: 30)
        harness.press(.char("?"))
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[0] == "Keys of the Documents pane, 21 keys.")
        #expect(lines.contains("p: Open another record of the carnet (a child's)."))
        #expect(lines.contains("I: Import a FHIR R4 file (Bundle or NDJSON) into the record."))
        #expect(lines[2] == "Down or j: Next item.")
        #expect(lines.contains("Page Down or Space: Down one screen."))
        #expect(lines.contains("1 to 5: Go to a pane by its number."))
        #expect(lines.contains("q: Quit."))
        #expect(screen.cursor == (2, 0))
        harness.press(.down)
        #expect(AppView.render(harness.state).cursor == (3, 0))
    }

    @Test func anEmptyListSaysSoInWords() {
        var harness = Harness(rows: 12, cols: 60, sizes: [:])
        harness.state.screenReader = true
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[0] == "Documents, pane 1 of 5, 0 items.")
        #expect(screen.lines()[2] == "Nothing here yet.")
        #expect(screen.cursor == (2, 0))
    }
}

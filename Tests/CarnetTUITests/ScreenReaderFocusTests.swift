import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// In screen-reader mode a focus move within the lines shown changes attributes only: readers
/// speak the cursor's row whole only when, in one snapshot, the cursor moved and no text
/// changed. Checked on the demo record, in every pane and list a patient reaches.
@Suite struct ScreenReaderFocusTests {
    let path = NSTemporaryDirectory() + "carnet-focus-" + UUID().uuidString + ".sqlite"

    func cleanUp() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test(arguments: [Language.en, .fr])
    func aFocusMoveChangesNoTextInAnyList(language: Language) throws {
        defer { cleanUp() }
        try DemoRecord.write(to: path, scale: .small)
        let store = try SQLiteStore.open(at: path)
        let patient = try store.patient(matching: nil)
        let source = try StoreSource(store: store, patient: patient, pdf: PDFTextExtractor(executable: nil))
        let runner = AppRunner(terminal: FakeTerminal(rows: 40, cols: 120, keys: []), source: source)
        var state = AppState(
            rows: 40, cols: 120, patientName: patient.name, screenReader: true, language: language)
        runner.perform(Update.start(&state), on: &state)
        func press(_ key: Key) { runner.perform(Update.update(&state, .key(key)), on: &state) }

        // Each list reached by its keys: the five panes, a kind's readings, who may access,
        // the inbox.
        let lists: [[Key]] = [
            [.char("1")], [.char("2")], [.char("3")], [.char("3"), .enter], [.char("4")], [.char("5")],
            [.char("w")], [.char("n")],
        ]
        for keys in lists {
            for key in keys { press(key) }
            // A status message said before the moves stays through them.
            state.message = nil
            for _ in 0..<12 {
                let before = AppView.render(state)
                let top = state.current.top
                press(.down)
                let after = AppView.render(state)
                #expect(after.cursor.col == 0, "\(keys): the cursor at column \(after.cursor.col)")
                guard state.current.top == top else { continue }
                #expect(after.lines() == before.lines(), "\(keys) at item \(state.current.focus + 1)")
            }
            press(.escape)
        }
    }
}

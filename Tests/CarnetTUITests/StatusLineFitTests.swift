import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The status line keeps whole hints: at any width it shows the most important ones that
/// fit, in the key table's order, and never a hint cut mid-word ("Esc retou", "Tab pan").
@Suite struct StatusLineFitTests {
    func statusHints(cols: Int, _ language: Language, openReading: Bool) -> [String] {
        var state = AppState(rows: 12, cols: cols, patientName: "Camille Durand", language: language)
        if openReading {
            // A measurement opened: the line carries "Esc back" and the chart's keys.
            state.pane = .measurements
            state.openedMeasurement = .weight
            let format = TextFormat(language, timeZone: TimeZone(identifier: "UTC")!)
            let reading = Measurement(
                id: 1, type: .weight, value: 72.5, at: Date(timeIntervalSince1970: 1_795_700_700))
            _ = Update.update(
                &state,
                .loaded(
                    .readings(.weight), .first, rows: [MeasurementsPane.row(reading, state.text, format)],
                    total: 1))
        } else {
            let row = ListRow(
                key: PageKey(date: Date(timeIntervalSince1970: 100), id: 1),
                cells: ["2026-11-01", "Bilan lipidique", "Lab results", "Dr Claire Martin", ""],
                spoken: "Bilan lipidique")
            _ = Update.update(&state, .loaded(.documents, .first, rows: [row], total: 1))
        }
        let line = AppView.render(state).lines()[11]
        // The position ("1/1") sits at the right end, after at least one blank.
        let left = line.replacingOccurrences(of: #"\s+\S+\s*$"#, with: "", options: .regularExpression)
        return left.components(separatedBy: "  ").filter { !$0.isEmpty }
    }

    @Test(arguments: [Language.en, .fr], [false, true])
    func everyWidthShowsWholeHintsMostImportantFirst(language: Language, openReading: Bool) {
        let all = statusHints(cols: 400, language, openReading: openReading)
        #expect(all.count >= 5)
        for cols in [40, 80, 120] {
            let shown = statusHints(cols: cols, language, openReading: openReading)
            #expect(!shown.isEmpty, "no hint at \(cols) columns")
            #expect(shown == Array(all.prefix(shown.count)), "at \(cols) columns: \(shown)")
        }
        // At 40 columns something is left out, and what stays is whole.
        #expect(statusHints(cols: 40, language, openReading: openReading).count < all.count)
    }

    @Test func theLeadStaysAndHintsAfterItAreWhole() {
        let line = StatusLine.fitting(lead: "12 Nov: 72.5 kg", hints: ["↑↓ move", "Esc back", "q quit"], width: 30)
        #expect(line == "12 Nov: 72.5 kg  ↑↓ move")
        #expect(StatusLine.fitting(lead: nil, hints: ["Tab pane", "q quit"], width: 7) == "")
    }

    @Test(arguments: [Language.en, .fr])
    func theSpokenStatusLineSaysWholeKeySentences(language: Language) {
        for cols in [40, 80, 120] {
            var state = AppState(rows: 12, cols: cols, patientName: "Camille Durand", language: language)
            let row = ListRow(
                key: PageKey(date: Date(timeIntervalSince1970: 100), id: 1),
                cells: ["2026-11-01", "Bilan lipidique", "Lab results", "Dr Claire Martin", ""],
                spoken: "Bilan lipidique")
            _ = Update.update(&state, .loaded(.documents, .first, rows: [row], total: 1))
            let line = ScreenReaderView.render(state).lines()[11].trimmingCharacters(in: .whitespaces)
            // Each key sentence ends with a full stop; a cut one would not.
            #expect(line.hasSuffix("."), "at \(cols) columns: \(line)")
            #expect(TextWidth.width(of: line) <= cols)
        }
    }
}

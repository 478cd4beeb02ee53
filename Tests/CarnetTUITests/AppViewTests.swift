import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

@Suite struct AppViewTests {
    func documents(_ titles: [String]) -> [ListRow] {
        titles.enumerated().map { index, title in
            ListRow(
                key: PageKey(date: Date(timeIntervalSince1970: Double(100 - index)), id: Int64(100 - index)),
                cells: [
                    "2026-11-0\(index + 1)", title, "Lab results", "Dr Claire Martin",
                    index == 1 ? "masked" : "",
                ],
                spoken: "\(title), Dr Claire Martin, \(index + 1) November 2026, lab results")
        }
    }

    func state(rows: Int = 12, cols: Int = 72, titles: [String]) -> AppState {
        var state = AppState(rows: rows, cols: cols, patientName: "Camille Durand")
        _ = Update.update(&state, .loaded(.documents, .first, rows: documents(titles), total: titles.count))
        return state
    }

    @Test func drawsTabsHeadingColumnsRowsAndStatus() {
        let screen = AppView.render(state(titles: ["Bilan lipidique", "Sérologies", "HbA1c"]))
        #expect(
            screen.lines() == [
                " 1 Docs   2 Vaccines   3 Measures   4 Profile   5 History",
                "Documents · 3                                             Camille Durand",
                "Date        Title                                 Category        Masked",
                "2026-11-01  Bilan lipidique                       Lab results",
                "2026-11-02  Sérologies                            Lab results     masked",
                "2026-11-03  HbA1c                                 Lab results",
                "", "", "", "", "",
                "↑↓ move  Enter open  / search  a add  Tab pane  ? keys  q quit      1/3",
            ])
    }

    @Test func theCursorSitsAtTheStartOfTheFocusedRow() {
        var current = state(titles: ["A", "B", "C"])
        #expect(AppView.render(current).cursor == (3, 0))
        _ = Update.update(&current, .key(.down))
        _ = Update.update(&current, .key(.down))
        let screen = AppView.render(current)
        #expect(screen.cursor == (5, 0))
        #expect(screen[5, 0].style.role == .focus)
        #expect(screen[4, 0].style.role == .normal)
    }

    @Test func narrowWindowsDropColumnsAndShortenTabs() {
        let screen = AppView.render(state(rows: 12, cols: 40, titles: ["Bilan lipidique et glycémie"]))
        let lines = screen.lines()
        #expect(lines[0] == " 1 Documents   2   3   4   5")
        #expect(lines[2] == "Date        Title")
        #expect(lines[3] == "2026-11-01  Bilan lipidique et glycémie")
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 40 })
    }

    @Test func belowTheMinimumSizeAPlainMessage() {
        let screen = AppView.render(AppState(rows: 10, cols: 30, patientName: "X"))
        #expect(
            screen.lines().prefix(4) == [
                "carnet needs a window of at",
                "least 40×12; this one is",
                "30×10. Enlarge it, or press q",
                "to quit.",
            ])
        #expect(screen.cursor == (0, 0))
    }

    @Test func helpListsEveryKeyOfThePaneFromTheKeyTable() {
        var current = state(rows: 24, cols: 80, titles: ["A"])
        _ = Update.update(&current, .key(.char("?")))
        let lines = AppView.render(current).lines()
        #expect(lines[1] == "Keys of Documents — Esc closes")
        for binding in KeyMap.helpLines(for: current) {
            #expect(
                lines.contains { $0.hasPrefix(binding.label) && $0.hasSuffix(Catalog(.en)[binding.summary]) },
                "\(binding.label)")
        }
        #expect(AppView.render(current).cursor == (2, 0))
    }

    @Test func hostileTitlesAreDrawnHarmless() {
        let screen = AppView.render(state(titles: ["\u{1B}]52;c;aGVsbG8=\u{07}evil\u{202E}txt"]))
        let text = screen.lines().joined()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("evil"))
    }

    @Test func anEmptyListSaysSo() {
        let screen = AppView.render(state(titles: []))
        #expect(screen.lines()[3] == "Nothing here yet.")
        #expect(screen.cursor == (3, 0))
    }
}

@Suite struct LanguageViewTests {
    func render(_ language: Language) -> [String] {
        var state = AppState(rows: 12, cols: 80, patientName: "Camille Durand", language: language)
        let format = TextFormat(language, timeZone: TimeZone(identifier: "UTC")!)
        let reading = Measurement(
            id: 1, type: .weight, value: 72.5, at: Date(timeIntervalSince1970: 1_795_700_700))
        state.pane = .measurements
        state.openedMeasurement = .weight
        _ = Update.update(
            &state,
            .loaded(
                .readings(.weight), .first, rows: [MeasurementsPane.row(reading, state.text, format)],
                total: 1))
        return AppView.render(state).lines()
    }

    @Test func aPaneInFrench() {
        let lines = render(.fr)
        #expect(lines[0] == " 1 Docs   2 Vaccins   3 Mesures   4 Profil   5 Accès")
        #expect(lines[1].hasPrefix("Mesures › Poids (29463-7) · 1"))
        #expect(lines[2] == "Date                 Valeur  Unité     Plage")
        #expect(lines[3] == "26/11/2026 13:45       72,5  kg")
        #expect(lines[11].hasPrefix("↑↓ déplacer  Esc retour  a ajouter  Tab onglet  ? touches  q quitter"))
    }

    @Test func thePaneInEnglish() {
        let lines = render(.en)
        #expect(lines[1].hasPrefix("Measurements › Weight (29463-7) · 1"))
        #expect(lines[2] == "Date                  Value  Unit      Band")
        #expect(lines[3] == "2026-11-26 13:45       72.5  kg")
        #expect(lines[11].hasPrefix("↑↓ move  Esc back  a add  Tab pane  ? keys  q quit"))
    }
}

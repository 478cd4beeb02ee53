import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Vaccinations pane: what is due above the card, a line shown whole, the disease filter.
@Suite struct VaccinationsPaneTests {
    static let sizes: [ListID: Int] = [
        .documents: 3, .vaccinations(): 19, .vaccinations(disease: "influenza"): 2,
    ]

    func harness(rows: Int = 20, cols: Int = 90, screenReader: Bool = false) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: Self.sizes)
        harness.state.screenReader = screenReader
        harness.press(.char("2"))
        return harness
    }

    @Test func whatIsDueSitsAboveTheCardInWordsAndTheCursorOnTheFirstLine() {
        let harness = harness()
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[1].hasPrefix("Vaccinations · 19"))
        #expect(lines[2] == "Diphtheria-tetanus-polio booster overdue since 14 March 2026")
        #expect(screen[2, 0].style.role == .alert)
        #expect(lines[3] == "Next: Influenza vaccine due on 15 October 2046 (at 65)")
        #expect(lines[4].hasPrefix("Date        Vaccine"))
        #expect(screen.cursor == (5, 0))
        // The list is two lines shorter, and still ends above the status line.
        #expect(harness.state.listHeight == 20 - 4 - 2)
        #expect(lines[18].hasPrefix("item 14"))
    }

    @Test func enterShowsOneLineWholeAndEscComesBack() {
        var harness = harness()
        harness.press(.down, .enter)
        let lines = harness.lines
        #expect(lines[1] == "Vaccination: Vaccine 2")
        #expect(lines.contains { $0.hasPrefix("Lot: ") && $0.hasSuffix("L18") })
        #expect(lines.contains { $0.hasPrefix("Vaccinator: ") && $0.hasSuffix("Julien Bernard") })
        #expect(lines.contains { $0.hasPrefix("Entered by: ") && $0.hasSuffix("a health professional") })
        #expect(harness.state.announcement == "Vaccination opened: Vaccine 2")
        harness.press(.escape)
        #expect(harness.focusedText == "item 2")
    }

    @Test func theDiseaseFilterNarrowsTheCardAndSaysSo() {
        var harness = harness()
        harness.press(.char("f"))
        #expect(harness.state.menu?.options.map(\.label) == ["Every disease", "influenza", "tetanus"])
        harness.press(.down, .enter)
        #expect(harness.state.currentList == .vaccinations(disease: "influenza"))
        #expect(harness.lines[1].hasPrefix("Vaccinations · 2 · only against influenza"))
        #expect(harness.state.announcement == "only against influenza")
        harness.press(.char("x"))
        #expect(harness.state.currentList == .vaccinations())
        #expect(harness.lines[1].hasPrefix("Vaccinations · 19"))
    }

    @Test func inFrenchDiseasesAreNamedInFrench() {
        var harness = harness()
        harness.state.language = .fr
        harness.press(.char("f"))
        #expect(harness.state.menu?.options.map(\.label) == ["Toutes les maladies", "grippe", "tétanos"])
    }

    @Test func inScreenReaderModeTheDueLinesArePlainLinesBeforeTheItems() {
        let harness = harness(screenReader: true)
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[0] == "Vaccinations, pane 2 of 5, 19 items.")
        #expect(lines[2] == "Diphtheria-tetanus-polio booster overdue since 14 March 2026")
        #expect(lines[4] == "Vaccination 1 of 19: item 1 in words")
        #expect(screen.cursor == (4, 0))
        #expect(drawingCharacters(in: lines).isEmpty)
    }

    @Test func theWordsOfWhatIsDueComeFromTheSchedule() {
        let text = Catalog(.en)
        let format = TextFormat(.en, timeZone: TimeZone(identifier: "UTC")!)
        let day = { (text: String) in format.typedDay(text)!.start }
        let due = [
            VaccinationDue(rule: .dtpBooster, status: .overdue(since: day("2026-03-14")), age: 45),
            VaccinationDue(rule: .influenza, status: .upcoming(on: day("2046-10-15")), age: 65),
            VaccinationDue(rule: .covid19, status: .upcoming(on: day("2046-10-15")), age: 65),
        ]
        #expect(
            VaccinationsPane.dueLines(due, text, format, today: day("2026-11-26")) == [
                DueLine("Diphtheria-tetanus-polio booster overdue since 14 March 2026", isDue: true),
                DueLine("Next: Influenza vaccine due on 15 October 2046 (at 65)", isDue: false),
            ])
        #expect(
            VaccinationsPane.dueLines(
                Array(due.dropFirst()), Catalog(.fr), TextFormat(.fr, timeZone: TimeZone(identifier: "UTC")!),
                today: day("2026-11-26")) == [
                    DueLine("Aucune vaccination n’est à faire.", isDue: false),
                    DueLine(
                        "Prochaine : Vaccin contre la grippe à faire le 15 octobre 2046 (à 65 ans)",
                        isDue: false),
                ])
        #expect(
            due[0].words(text, format, today: day("2026-03-14"))
                == "Diphtheria-tetanus-polio booster due today")
    }
}

import Foundation
import Testing

/// The Vaccinations and Measurements panes in tmux, as a patient uses them: what is due, a
/// line whole, a vaccination and a reading added through their forms.
@Suite(.serialized) struct CardAndReadingsEndToEndTests {
    func start(_ carnet: CarnetRunner, _ arguments: String) throws -> TmuxDriver {
        try carnet.browser(arguments)
    }

    @Test func theCardSaysWhatIsDueShowsALineWholeAndTakesAVaccination() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        defer { tui.stop() }
        try tui.press("2")
        try await tui.expectScreenContains("Vaccinations · 19")
        try await tui.expectScreenContains("Diphtheria-tetanus-polio booster overdue since 14 March 2026")
        try await tui.expectFocused("Vaxigrip")
        try await tui.expectScreenContains("X5K02")
        try tui.press("Enter")
        try await tui.expectScreenContains("Vaccination: Vaxigrip")
        try await tui.expectScreenContains("Entered by: a health professional")
        try tui.press("Escape")
        try await tui.expectFocused("Vaxigrip")

        try tui.press("a")
        try await tui.expectScreenContains("Add a vaccination")
        try tui.press("Enter")
        try await tui.expectScreenContains("Revaxis (diphtheria, tetanus, poliomyelitis)")
        try tui.press("Enter")
        try tui.press("Tab", "Tab", "Tab")
        try tui.press("-l", "RX-2026")
        try tui.press("Enter", "Enter")
        try await tui.expectScreenContains("Added Revaxis to the vaccination card")
        try await tui.expectScreenContains("No vaccination is due.")
        try await tui.expectScreenContains("Vaccinations · 20")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
        let card = try carnet.run(["vaccinations", "list", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(card.first?["lotNumber"] as? String == "RX-2026")
        #expect(card.first?["enteredBy"] as? String == "patient")
    }

    @Test func theReadingsSayTheirSummaryAndTheFormConvertsPounds() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        defer { tui.stop() }
        try tui.press("3")
        try await tui.expectScreenContains("Measurements · 9")
        try await tui.expectFocused("Weight")
        try await tui.expectScreenContains("since the previous")
        try await tui.expectScreenContains("27.9 kg/m² HIGH")
        try tui.press("Enter")
        try await tui.expectScreenContains("Weight 78.8 kg on 19 November 2026;")
        try await tui.expectScreenContains("over 30 days")
        try tui.press("a")
        try await tui.expectScreenContains("Add a reading")
        try tui.press("-l", "154")
        try tui.press("Tab")
        try tui.press("-l", "lb")
        try tui.press("Enter", "Enter")
        try await tui.expectScreenContains("Added Weight 69.9 kg")
        // The chart has the keys; the new reading heads the table under it.
        try tui.press("Down")
        try await tui.expectFocused("69.9")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    @Test func anImpossibleReadingIsRefusedOnTheCommandLineAndWritesNothing() throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let before = try carnet.run(["measure", "list", "29463-7", "--demo", "--json"]).jsonObjects().count
        let refused = try carnet.run(["measure", "add", "29463-7", "-5", "--demo"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "-5 kg is not a possible value for weight (29463-7): carnet accepts 0.2–500 kg"))
        let converted = try carnet.run(["measure", "add", "29463-7", "154", "lb", "--demo"])
        #expect(converted.status == 0, "\(converted.stderr)")
        let weights = try carnet.run(["measure", "list", "29463-7", "--demo", "--json"]).jsonObjects()
        #expect(weights.count == before + 1)
        #expect(weights.last?["value"] as? Double == 69.9)
        #expect(weights.last?["unit"] as? String == "kg")
        let summary = try carnet.run(["measure", "summary", "weight", "--demo"])
        #expect(summary.stdout.hasPrefix("Weight 69.9 kg on "))
    }
}

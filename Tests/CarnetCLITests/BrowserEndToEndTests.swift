import Foundation
import Testing

/// The real binary in tmux, as a user at a 100×30 terminal would use it.
@Suite(.serialized) struct BrowserEndToEndTests {
    func start(
        _ carnet: CarnetRunner, _ arguments: String, width: Int = 100, height: Int = 30,
        environment: [String: String] = [:]
    ) throws -> TmuxDriver {
        try carnet.browser(arguments, width: width, height: height, environment: environment)
    }

    /// `--screen-reader` and `ACCESSIBLE=1` give the same plain screen on every pane, with the
    /// focused item under the cursor, following Down.
    @Test(arguments: [("demo --screen-reader", [:]), ("demo", ["ACCESSIBLE": "1"])])
    func screenReaderModeOnEveryPane(_ arguments: String, _ environment: [String: String]) async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, arguments, environment: environment)
        defer { tui.stop() }
        let panes = [
            ("1", "Documents, pane 1 of 5, 16 items.", "Document", "Carnet de glycémies"),
            ("2", "Vaccinations, pane 2 of 5, 19 items.", "Vaccination", "Vaxigrip, against influenza"),
            ("3", "Measurements, pane 3 of 5, 9 items.", "Measurement", "Weight 78.8 kg on 19 November 2026"),
            ("4", "Profile, pane 4 of 5, 16 entries.", "Line", "Allergies, section 1 of 9: 2 entries"),
            (
                "5", "Access history, every event, newest first, pane 5 of 5, 40 items.", "Event",
                "Julien Bernard (professional), read"
            ),
        ]
        try await tui.expectScreenContains("Documents, pane 1 of 5")
        for (digit, heading, item, first) in panes {
            try tui.press(digit)
            try await tui.expectScreenContains(heading)
            try await tui.expectFocused("\(item) 1 of")
            try await tui.expectFocused(first)
            try await tui.expect("no box, block or braille character") { lines in
                lines.joined().unicodeScalars.allSatisfy { scalar in
                    !(0x2500...0x259F).contains(scalar.value) && !(0x2800...0x28FF).contains(scalar.value)
                }
            }
            try tui.press("Down")
            try await tui.expectFocused("\(item) 2 of")
        }
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    @Test func visitsTheFivePanesFollowsTheCursorResizesAndQuits() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        try await tui.expectFocused("Carnet de glycémies")
        try tui.press("Down")
        try await tui.expectFocused("Bilan lipidique")
        try tui.press("j")
        try await tui.expectFocused("Ordonnance — traitement de fond")
        try tui.press("End")
        try await tui.expectFocused("Volet de synthèse médicale")
        try await tui.expectScreenContains("16/16")

        try tui.press("Tab")
        try await tui.expectScreenContains("Vaccinations · 19")
        try await tui.expectFocused("Vaxigrip")
        try tui.press("G")
        try await tui.expectFocused("BCG")
        try tui.press("3")
        try await tui.expectScreenContains("Blood pressure")
        try await tui.expectFocused("Weight")
        try tui.press("Enter")
        try await tui.expectScreenContains("Measurements › Weight (29463-7) · 105")
        // The chart above the readings has the keys; Down goes into the table.
        try await tui.expectScreenContains("kg     1 month  3 months  1 year  5 years  [all]")
        try tui.press("Down")
        try await tui.expectFocused("kg")
        try tui.press("Escape")
        try await tui.expectFocused("Weight")
        try tui.press("4")
        try await tui.expectFocused("Allergies (2)")
        try await tui.expectScreenContains("Nadia Benali")
        try tui.press("BTab")
        try await tui.expectScreenContains("Measurements · ")
        try tui.press("5")
        try await tui.expectScreenContains("Access history · 40")
        try tui.press("End")
        try await tui.expectFocused("set doctor")
        try tui.press("1")
        try await tui.expectFocused("Volet de synthèse médicale")

        try tui.press("?")
        try await tui.expectScreenContains("Keys of Documents")
        try await tui.expectFocused("Next item")
        try tui.press("Escape")
        try await tui.expectFocused("Volet de synthèse médicale")

        try tui.resize(width: 30, height: 10)
        try await tui.expectScreenContains("least 40×12")
        #expect(try tui.cursor() == (0, 0))
        try tui.resize(width: 100, height: 30)
        try await tui.expectFocused("Volet de synthèse médicale")

        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
        // The alternate screen is gone: nothing of the browser is left on the terminal.
        try await tui.expect("the browser gone") { lines in !lines.contains { $0.contains("Access history") }
        }
    }

    @Test func aFrenchLocaleSpeaksFrenchAndLangOverridesIt() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let french = try start(carnet, "demo", environment: ["LANG": "fr_FR.UTF-8"])
        defer { french.stop() }
        try await french.expectScreenContains("Historique des accès")
        try await french.expectScreenContains("Titre")
        try await french.expectFocused("10/11/2026")
        try french.press("3")
        try await french.expectScreenContains("Tension artérielle")
        try french.press("q")
        try await french.expectScreenContains("EXITED 0")

        let english = try start(carnet, "demo --lang en", environment: ["LANG": "fr_FR.UTF-8"])
        defer { english.stop() }
        try await english.expectScreenContains("Access history")
        try await english.expectFocused("2026-11-10")
    }

    /// NO_COLOR gives the mono theme whatever --theme says: focus and tabs by reverse and
    /// bold, not one colour code on the screen. Without it, high-contrast paints.
    @Test func noColorShowsNoColourAndHighContrastDoes() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let plain = try start(carnet, "demo --theme high-contrast", environment: ["NO_COLOR": "1"])
        defer { plain.stop() }
        try await plain.expectScreenContains("Documents · 16")
        try await plain.expectFocused("Carnet de glycémies")
        let mono = SelectGraphicRendition.parameters(in: try plain.screenWithEscapes())
        #expect(!mono.contains(where: SelectGraphicRendition.isColour), "\(mono)")
        #expect(mono.contains(7), "the focus is reversed")
        plain.stop()

        let painted = try start(carnet, "demo --theme high-contrast")
        defer { painted.stop() }
        try await painted.expectScreenContains("Documents · 16")
        try await painted.expectFocused("Carnet de glycémies")
        let colours = SelectGraphicRendition.parameters(in: try painted.screenWithEscapes())
        #expect(colours.contains(where: SelectGraphicRendition.isColour))
        try painted.press("q")
        try await painted.expectScreenContains("EXITED 0")
    }

    @Test func aHangupEndsTheProcess() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let tui = try start(carnet, "--demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        let shell = try tui.panePID()
        let children = try CarnetRunner.childProcesses(of: shell)
        #expect(!children.isEmpty)
        for child in children { kill(child, SIGHUP) }
        try await tui.expectScreenContains("EXITED 129")
    }
}

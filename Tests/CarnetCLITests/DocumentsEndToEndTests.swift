import CarnetCore
import Foundation
import Testing

/// The Documents pane in the real binary, in tmux, as a patient at a 100×30 terminal uses it.
@Suite(.serialized) struct DocumentsEndToEndTests {
    func start(_ carnet: CarnetRunner) throws -> TmuxDriver {
        try carnet.browser("--demo")
    }

    /// Finds the lab result by part of its title, opens it, reaches its end and goes back;
    /// then a long report added by `carnet pro` shows its author and scrolls to its last line.
    @Test func searchOpenScrollAndReturn() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let report = carnet.path("holter.txt")
        let lines = (1...2_000).map { "Holter, mesure \($0) : rythme sinusal." }.joined(separator: "\n")
        try lines.write(toFile: report, atomically: true, encoding: .utf8)
        let added = try carnet.run([
            "pro", "--rpps", DemoCast.cardiologist.rpps, "add", report, "--category", "CPT_REND", "--title",
            "Holter ECG des 24 heures", "--date", "2026-11-20", "--demo",
        ])
        #expect(added.status == 0, "\(added.stderr)")

        let tui = try start(carnet)
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 17", timeout: 30)
        // The cardiologist's addition waits as a notification; its banner would take a row.
        try await tui.expectScreenContains("2 unread notifications wait in your inbox")
        try tui.press("C-d")
        try await tui.expect("the banner gone") { lines in
            !lines.contains { $0.contains("notifications wait") }
        }
        try tui.press("/")
        try await tui.expectScreenContains("Search:")
        try tui.press("-l", "lipid")
        try await tui.expectScreenContains("Documents — “lipid” · 1")
        try tui.press("Enter")
        try await tui.expectFocused("Bilan lipidique et glycémie à jeun")
        try tui.press("Enter")
        try await tui.expectScreenContains("Author:          Laboratoire BioValmont")
        try await tui.expectScreenContains("Glycémie à jeun : 1,18 g/L")
        try tui.press("End")
        try await tui.expectScreenContains("Triglycérides : 1,32 g/L.")
        try tui.press("Escape")
        try await tui.expectFocused("Bilan lipidique et glycémie à jeun")
        try await tui.expectScreenContains("Documents — “lipid” · 1")
        try tui.press("Escape")
        try await tui.expectScreenContains("Documents · 17")

        try tui.press("/")
        try tui.press("-l", "holter")
        try tui.press("Enter")
        try await tui.expectFocused("Holter ECG des 24 heures")
        try await tui.expectScreenContains("Dr Sophie Lefèvre")
        try tui.press("Enter")
        try await tui.expectScreenContains("Author:          Dr Sophie Lefèvre")
        try await tui.expectScreenContains("Version:         1 of 1, the latest")
        try tui.press("PageDown")
        try await tui.expectScreenContains("mesure 20 :")
        try tui.press("End")
        try await tui.expectScreenContains("Holter, mesure 2000 : rythme sinusal.")
        try await tui.expectScreenContains("lines 1,982–2,008 of 2,008")
        try tui.press("Home")
        try await tui.expectScreenContains("Category:        Reports")
        try tui.press("/")
        try tui.press("-l", "mesure 1500 ")
        try tui.press("Enter")
        try await tui.expectFocused("Holter, mesure 1500 : rythme sinusal.")
        try tui.press("Escape")
        try await tui.expectFocused("Holter ECG des 24 heures")
        try tui.press("x")
        try await tui.expectScreenContains("Documents · 17")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    /// The add form refuses a 6 MB file and a Windows program with the reason, and the
    /// number of documents does not change.
    @Test func theAddFormRefusesAnOversizedFileAndAProgram() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let big = carnet.path("scanner.pdf")
        _ = FileManager.default.createFile(
            atPath: big, contents: Data("%PDF-1.4\n".utf8) + Data(count: 6 << 20))
        let program = carnet.path("setup.exe")
        _ = FileManager.default.createFile(
            atPath: program, contents: Data([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]))

        let tui = try start(carnet)
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16", timeout: 30)
        try tui.press("a")
        try await tui.expectScreenContains("Add a document")
        try tui.press("-l", big)
        try tui.press("Tab", "Enter")
        try await tui.expectScreenContains("Advance directives")
        try tui.press("Down", "Down", "Down", "Enter")
        try tui.press("-l", "Scan du bilan")
        try tui.press("Enter", "Enter")
        try await tui.expectScreenContains("scanner.pdf is 6 MB, over the limit of 5 MB.")
        // Back to the file, another file, and accept again from the last field.
        try tui.press("BTab", "BTab", "BTab", "C-u")
        try tui.press("-l", program)
        try tui.press("BTab", "Enter")
        try await tui.expectScreenContains("setup.exe is a Windows program, not a document")
        try tui.press("Escape")
        try await tui.expectScreenContains("Nothing was changed.")
        try await tui.expectScreenContains("Documents · 16")
        #expect(try carnet.run(["documents", "list", "--demo", "--json"]).jsonObjects().count == 16)
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }
}

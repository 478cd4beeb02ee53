import Foundation
import Testing

/// The demo's carnet holds a parent's record and her two children's: the browser moves
/// between them with `p`, each with its own panes, banners naming the record they concern;
/// a kiosk started on one record shows that one only.
@Suite(.serialized) struct RecordSwitcherEndToEndTests {
    @Test func theSwitcherOpensAChildsRecordWithItsOwnPanesAndBannersNameTheRecord() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let tui = try carnet.browser("--demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        try await tui.expectScreenContains("Camille Durand, ")
        try tui.press("p")
        try await tui.expectScreenContains("Open a record")
        try await tui.expectScreenContains("Léa Durand, ")
        try await tui.expectScreenContains("Hugo Durand, ")
        try tui.press("Down", "Enter")
        try await tui.expectScreenContains("Record of Léa Durand, ")
        try await tui.expectScreenContains("Documents · 1")
        try await tui.expectFocused("Certificat — bilan de santé")
        try tui.press("2")
        try await tui.expectScreenContains("Vaccinations · 10")
        try await tui.expectScreenContains("Diphtheria-tetanus-pertussis-polio booster overdue since 10 June 2025")

        // A professional reads the parent's record from another process: the banner says whose.
        let read = try carnet.run(["pro", "--demo", "--patient", "1", "--rpps", "10000000003", "list"])
        #expect(read.status == 0, "\(read.stderr)")
        try await tui.expectScreenContains("Camille Durand: Dr Sophie Lefèvre")
        #expect(try tui.screen().joined(separator: "\n").contains("Vaccinations · 10"))

        // Back to the parent's own record: her panes, not the child's.
        try tui.press("C-d", "p")
        try await tui.expectScreenContains("Open a record")
        try tui.press("Up", "Enter")
        try await tui.expectScreenContains("Record of Camille Durand, ")
        try await tui.expectScreenContains("Documents · 16")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    @Test func aKioskOnOneRecordShowsNothingOfTheOthers() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let set = try carnet.run(["kiosk", "set-pin", "--demo"], stdin: "2468\n2468\n")
        #expect(set.status == 0, "\(set.stderr)")
        let tui = try carnet.browser("--kiosk --demo --patient lea --idle-timeout 120")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 1")
        try await tui.expectScreenContains("Léa Durand, ")
        try tui.press("p", "?")
        try await tui.expectScreenContains("Esc")
        let help = try tui.screen().joined(separator: "\n")
        #expect(!help.contains("Open a record") && !help.contains("another record"))
        try tui.press("Escape")
        // The parent's record is read elsewhere: no banner reaches this kiosk.
        _ = try carnet.run(["pro", "--demo", "--patient", "1", "--rpps", "10000000003", "list"])
        try await Task.sleep(for: .milliseconds(1_500))
        let screen = try tui.screen().joined(separator: "\n")
        #expect(!screen.contains("Camille") && !screen.contains("Hugo"), "\(screen)")
        #expect(screen.contains("Documents · 1"))
    }
}

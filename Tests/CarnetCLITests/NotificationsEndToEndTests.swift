import CarnetCore
import Foundation
import Testing

/// The patient is told at once: the browser open in tmux shows a banner when `carnet pro`
/// acts in another process, with the cursor left where it was; a notification that came
/// while the browser was closed is announced at the next start.
@Suite(.serialized) struct NotificationsEndToEndTests {
    func start(_ carnet: CarnetRunner, _ arguments: String) throws -> TmuxDriver {
        try carnet.browser(arguments)
    }

    @Test func aProfessionalReadingElsewhereMakesABannerAndTheCursorStays() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16")
        try await tui.expectScreenContains("1 unread · 1/16")
        try tui.press("Down")
        try await tui.expectFocused("Bilan lipidique")
        let cursor = try tui.cursor()

        let doctor = DemoCast.treatingDoctor
        let read = try carnet.run(["pro", "--demo", "--rpps", doctor.rpps, "read", "2"])
        #expect(read.status == 0, "\(read.stderr)")
        let banner = "\(doctor.name) (physician, general practice) read “"
        try await tui.expectScreenContains(banner)
        #expect(try tui.cursor() == cursor)
        try await tui.expectFocused("Bilan lipidique")
        try await tui.expectScreenContains("2 unread · 2/16")
        try await tui.expectScreenContains("^D dismiss")

        try tui.press("C-d")
        try await tui.expect("the banners gone") { lines in !lines.contains { $0.contains(banner) } }
        try await tui.expectFocused("Bilan lipidique")

        // A document added the same way appears in the open list; the focus keeps its row.
        let file = carnet.path("consultation.txt")
        try Data("Compte rendu de consultation\n".utf8).write(to: URL(fileURLWithPath: file))
        let added = try carnet.run([
            "pro", "--demo", "--rpps", doctor.rpps, "add", file, "--category", "CPT_REND", "--title",
            "Consultation de suivi",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        try await tui.expectScreenContains("Documents · 17")
        try await tui.expectScreenContains(
            "\(doctor.name) (physician, general practice) added “Consultation de suivi”")
        try await tui.expectScreenContains("3 unread · 3/17")
        try await tui.expectFocused("Bilan lipidique")
        #expect(try tui.screen()[3].contains("Consultation de suivi"))

        // The inbox: the newest first, unread in words; Enter goes to the document.
        try tui.press("n")
        try await tui.expectScreenContains("Notifications · ")
        try await tui.expectFocused("added “Consultation de suivi”")
        try await tui.expectFocused("unread")
        try tui.press("Enter")
        try await tui.expectScreenContains("Documents · 17")
        try await tui.expectFocused("Consultation de suivi")
        try await tui.expectScreenContains("2 unread · 1/17")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }

    @Test func aRefusalWhileTheBrowserWasClosedIsAnnouncedAtTheNextStart() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let blocked = DemoCast.blocked
        let refused = try carnet.run(["pro", "--demo", "--rpps", blocked.rpps, "read", "2"])
        #expect(refused.status == 3)
        let tui = try start(carnet, "--demo")
        defer { tui.stop() }
        try await tui.expectScreenContains(
            "2 unread notifications wait in your inbox, among them: REFUSED (blocked by the patient): Dr Paul")
        try await tui.expectFocused("Carnet de glycémies")
        try tui.press("n")
        try await tui.expectFocused("REFUSED (blocked by the patient): tried t")
        try await tui.expectScreenContains("2 unread · 1/")
    }

    @Test func inScreenReaderModeTheBannerIsSaidOnTheAnnouncementLine() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        let tui = try start(carnet, "demo --screen-reader")
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents, pane 1 of 5, 16 items.")
        try tui.press("Down")
        try await tui.expectFocused("Document 2 of 16")
        let cursor = try tui.cursor()
        let doctor = DemoCast.treatingDoctor
        #expect(try carnet.run(["pro", "--demo", "--rpps", doctor.rpps, "read", "2"]).status == 0)
        try await tui.expect("the banner on the announcement line") { lines in
            lines[1].hasPrefix("\(doctor.name) (physician, general practice) read “")
        }
        #expect(try tui.cursor() == cursor)
        try await tui.expectScreenContains("2 unread notifications. Keys:")
        try await tui.expect("no box, block or braille character") { lines in
            lines.joined().unicodeScalars.allSatisfy { !(0x2500...0x28FF).contains($0.value) }
        }
    }
}

import CarnetCore
import Foundation
import Testing

/// The Profile pane in the real binary, in tmux, as a patient at a terminal uses it.
@Suite(.serialized) struct ProfileEndToEndTests {
    func start(_ carnet: CarnetRunner, width: Int = 100, height: Int = 30) throws -> TmuxDriver {
        try carnet.browser("--demo", width: width, height: height)
    }

    /// Every section of the demo's profile is there, scrolling in a short window; an allergy
    /// added in the form is still there after quitting and opening the record again, and the
    /// access history has its event.
    @Test func addAnAllergyQuitReopenAndFindIt() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])

        let tui = try start(carnet, height: 20)
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16", timeout: 30)
        try tui.press("4")
        try await tui.expectScreenContains("Profile · 16 entries")
        try await tui.expectFocused("Allergies (2)")
        for heading in [
            "Illnesses (3)", "Treatments (2)", "Family history (2)", "Hospitalisations (1)", "Disability (1)",
            "Blood group (1)", "Contacts (3)", "Advance directives (1)",
        ] {
            try tui.press("]")
            try await tui.expectFocused(heading)
        }
        try await tui.expectScreenContains("Document: Mes directives anticipées")
        try tui.press("g")
        try await tui.expectFocused("Allergies (2)")

        try tui.press("a")
        try await tui.expectScreenContains("Add to your profile: Allergy")
        try tui.press("-l", "Arachide")
        try tui.press("Tab")
        try tui.press("-l", "Œdème de Quincke")
        try tui.press("Enter")
        try await tui.expectScreenContains("Added to your profile: Allergy “Arachide”.")
        try await tui.expectScreenContains("Profile · 17 entries")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
        tui.stop()

        let again = try start(carnet)
        defer { again.stop() }
        try await again.expectScreenContains("Documents · 16", timeout: 30)
        try again.press("4")
        try await again.expectScreenContains("Allergies (3)")
        try again.press("Down", "Down", "Down")
        try await again.expectFocused("Arachide")
        try await again.expectScreenContains("Œdème de Quincke")
        try again.press("q")
        try await again.expectScreenContains("EXITED 0")

        let log = try carnet.run(["log", "--demo", "--json", "--limit", "1"]).jsonObjects()
        #expect(log.first?["action"] as? String == "add")
        #expect((log.first?["target"] as? String)?.hasPrefix("profile ") == true)
        #expect(log.first?["actorType"] as? String == "patient")
    }

    /// A contact's phone number in the wrong format is refused in the form with the reason,
    /// and nothing is written.
    @Test func aBadPhoneNumberIsRefusedInTheForm() async throws {
        let carnet = CarnetRunner()
        defer { carnet.cleanUp() }
        try carnet.run(["demo", "--no-open"])
        let tui = try start(carnet)
        defer { tui.stop() }
        try await tui.expectScreenContains("Documents · 16", timeout: 30)
        try tui.press("4")
        try await tui.expectFocused("Allergies (2)")
        try tui.press("]", "]", "]", "]", "]", "]", "]")
        try await tui.expectFocused("Contacts (3)")
        try tui.press("a")
        try await tui.expectScreenContains("Add to your profile: Contact")
        try tui.press("-l", "Léa Roux")
        try tui.press("Enter", "Enter")
        try await tui.expectScreenContains("Trusted person")
        try tui.press("Down", "Enter")
        try tui.press("-l", "12 34")
        try tui.press("Enter", "Enter")
        try await tui.expectScreenContains("“12 34” is not a phone number")
        try tui.press("Escape")
        try await tui.expectScreenContains("Nothing was changed.")
        try await tui.expectScreenContains("Profile · 16 entries")
        try tui.press("q")
        try await tui.expectScreenContains("EXITED 0")
    }
}

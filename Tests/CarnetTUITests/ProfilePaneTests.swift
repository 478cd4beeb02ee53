import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Profile pane: every section with its heading, its entries or a line saying it is
/// empty; jumps between sections; the add, change and remove dialogs; both screen modes.
@Suite struct ProfilePaneTests {
    static let utc = TimeZone(identifier: "UTC")!
    let text = Catalog(.en)
    let format = TextFormat(.en, timeZone: utc)

    static func day(_ text: String) -> Date {
        TextFormat(.en, timeZone: utc).typedDay(text)!.start.addingTimeInterval(12 * 3_600)
    }

    /// Six entries in five sections; treatments, hospitalisations and disability are empty;
    /// advance directives hold a document but no entry.
    static let entries = [
        ProfileEntry(id: 1, section: .allergy, label: "Pénicilline", detail: "Urticaire"),
        ProfileEntry(id: 2, section: .allergy, label: "Pollens de graminées"),
        ProfileEntry(
            id: 3, section: .illness, label: "Appendicite aiguë", start: day("2025-10-30"),
            end: day("2025-11-03")),
        ProfileEntry(id: 4, section: .familyHistory, label: "Infarctus du myocarde", relative: "father"),
        ProfileEntry(id: 5, section: .bloodGroup, label: "A+"),
        ProfileEntry(
            id: 6, section: .contact, label: "Alex Durand", detail: "Conjoint", contactRole: .emergency,
            phone: "06 39 98 00 01"),
    ]
    static let directives = DocumentSummary(
        id: 7, title: "Mes directives anticipées", category: .advanceDirectives, author: .patient,
        authorName: "Camille Durand", date: day("2025-12-01"), deposited: day("2025-12-01"), masked: false,
        versionCount: 1)

    /// The rows as the list holds them: 19 in all.
    func rows(language: Language = .en) -> [ListRow] {
        ProfilePane.rows(
            Self.entries, directives: [Self.directives], Catalog(language),
            TextFormat(language, timeZone: Self.utc))
    }

    func harness(rows: Int = 30, cols: Int = 100, screenReader: Bool = false, language: Language = .en)
        -> Harness
    {
        var harness = Harness(rows: rows, cols: cols, sizes: [:])
        harness.state.screenReader = screenReader
        harness.state.language = language
        harness.press(.char("4"))
        let rows = self.rows(language: language)
        harness.send(.loaded(.profile, .first, rows: rows, total: rows.count))
        return harness
    }

    // MARK: - The view

    @Test func everySectionShowsItsHeadingAndItsEntriesOrThatItIsEmpty() {
        let harness = harness()
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[1].hasPrefix("Profile · 6 entries"))
        #expect(lines[2].hasPrefix("Entry") && lines[2].contains("Details") && lines[2].contains("Dates"))
        let list = Array(lines[3..<22])
        #expect(
            list.map {
                String($0.trimmingCharacters(in: .whitespaces).prefix(24)).trimmingCharacters(
                    in: .whitespaces)
            }
                == [
                    "Allergies (2)", "Pénicilline", "Pollens de graminées", "Illnesses (1)",
                    "Appendicite aiguë",
                    "Treatments", "No treatments recorded", "Family history (1)", "Infarctus du myocarde",
                    "Hospitalisations", "No hospitalisations reco", "Disability", "No disability recorded",
                    "Blood group (1)", "A+", "Contacts (1)", "Alex Durand", "Advance directives",
                    "Document: Mes directives",
                ])
        #expect(list[1].hasPrefix("  Pénicilline") && list[1].contains("Urticaire"))
        #expect(list[4].hasSuffix("2025-10-30 – 2025-11-03"))
        #expect(list[8].contains("father"))
        #expect(list[16].contains("emergency contact, 06 39 98 00 01"))
        #expect(list[18] == "  Document: Mes directives anticipées (2025-12-01)")
        // Headings look like headings, empty lines are muted; the focus is on the first line.
        #expect(screen[6, 0].style.role == .heading)
        #expect(screen[9, 2].style.role == .muted)
        #expect(screen[3, 0].style.role == .focus)
        #expect(screen.cursor == (3, 0))
        #expect(
            lines[29].contains("e change") && lines[29].contains("a add")
                && lines[29].contains("[ ] sections"))
        #expect(lines[29].hasSuffix("1/19"))
    }

    @Test func aNarrowWindowKeepsTheEntriesReadable() {
        let lines = harness(rows: 12, cols: 40).lines
        #expect(lines[2].hasPrefix("Entry") && !lines[2].contains("Dates"))
        #expect(lines[4] == "  Pénicilline                     Urtic…")
        #expect(lines[5].hasPrefix("  Pollens de graminées"))
    }

    @Test func screenReaderModeSaysEverySectionAndEntryAsPlainLines() {
        var harness = harness(screenReader: true)
        harness.press(.down)
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[0] == "Profile, pane 4 of 5, 6 entries.")
        #expect(lines[2] == "Line 1 of 19: Allergies, section 1 of 9: 2 entries")
        #expect(lines[3] == "Line 2 of 19: Allergy: Pénicilline, Urticaire")
        #expect(
            lines[6] == "Line 5 of 19: Illness: Appendicite aiguë, from 30 October 2025 to 3 November 2025")
        #expect(lines[7] == "Line 6 of 19: Treatments, section 3 of 9: nothing recorded")
        #expect(lines[8] == "Line 7 of 19: No treatments recorded")
        #expect(lines[10] == "Line 9 of 19: Family history: Infarctus du myocarde, father")
        #expect(lines[15] == "Line 14 of 19: Blood group, section 7 of 9: 1 entry")
        #expect(
            lines[18] == "Line 17 of 19: Contact: Alex Durand, emergency contact, 06 39 98 00 01, Conjoint")
        #expect(
            lines[20].hasPrefix("Line 19 of 19: Advance directives document “Mes directives anticipées”, 1 D")
        )
        #expect(lines[20].hasSuffix("…"), "a cut line says so")
        #expect(screen.cursor == (3, 0))
        #expect(lines.joined().unicodeScalars.allSatisfy { !(0x2500...0x28FF).contains($0.value) })
    }

    @Test func frenchSaysTheSectionsInFrench() {
        let harness = harness(language: .fr)
        let lines = harness.lines
        #expect(lines[1].hasPrefix("Profil médical · 6 éléments"))
        #expect(lines[3].hasPrefix("Allergies (2)"))
        #expect(lines[8].hasPrefix("Traitements"))
        #expect(lines[9].hasPrefix("  Aucun traitement enregistré"))
        #expect(lines[11].contains("père"))
        #expect(lines[7].hasSuffix("30/10/2025 – 03/11/2025"))
    }

    // MARK: - Moving between sections

    @Test func sectionKeysJumpBetweenHeadingsAndSaySoAtTheEnds() {
        var harness = harness()
        harness.press(.char("]"))
        #expect(harness.state.current.focus == 3)
        #expect(harness.state.announcement == "Illnesses, section 2 of 9: 1 entry")
        #expect(AppView.render(harness.state).cursor == (6, 0))
        harness.press(.char("s"), .char("s"))
        #expect(harness.focusedText == "Family history (1)")
        harness.press(.char("["))
        #expect(harness.focusedText == "Treatments")
        harness.press(.down, .char("["))
        #expect(harness.focusedText == "Treatments", "from inside a section, back to its heading")
        harness.press(.char("S"), .char("S"), .char("["))
        #expect(harness.state.current.focus == 0)
        #expect(harness.state.message == "This is the first section.")
        harness.press(.end, .char("]"))
        #expect(harness.state.message == "This is the last section.")
        #expect(harness.state.current.focus == 18)
    }

    @Test func aJumpShowsTheSectionFromItsHeadingInASmallWindow() {
        var harness = harness(rows: 14)
        harness.press(.char("]"), .char("]"), .char("]"))
        #expect(harness.focusedText == "Family history (1)")
        #expect(harness.state.current.top == 7)
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[3].hasPrefix("Family history (1)"))
        #expect(screen.cursor == (3, 0))
    }

    // MARK: - Adding, changing, removing

    @Test func addingInTheFocusedSectionAsksForTheEntry() {
        var harness = harness()
        harness.press(.down, .down, .char("a"))
        let form = try! #require(harness.state.form)
        #expect(form.title == "Add to your profile: Allergy")
        #expect(form.fields.map(\.label) == ["Allergy", "Reaction"])
        #expect(harness.state.announcement.hasPrefix("Add to your profile: Allergy."))
        harness.type("Arachide")
        harness.press(.enter)
        harness.type("Œdème de Quincke")
        harness.press(.enter)
        #expect(
            harness.source.changes == [
                .addProfileEntry(
                    ProfileEntry(section: .allergy, label: "Arachide", detail: "Œdème de Quincke"))
            ])
        #expect(harness.state.form == nil)
    }

    @Test func enterOnAHeadingOrAnEmptySectionAddsToIt() {
        var harness = harness()
        harness.press(.char("]"), .char("]"), .enter)
        #expect(harness.state.form?.title == "Add to your profile: Treatment")
        #expect(harness.state.form?.fields.map(\.label) == ["Medicine", "Dosage", "Start", "End"])
        harness.press(.escape)
        #expect(harness.state.form == nil && harness.state.message == "Nothing was changed.")
        harness.press(.down, .enter)
        #expect(harness.state.form?.title == "Add to your profile: Treatment")
        // The dosage is needed: the form says so under the field and focuses it.
        harness.type("Ventoline")
        harness.press(.tab, .tab, .tab, .enter)
        #expect(harness.state.form?.focus == 1)
        #expect(harness.state.form?.fields[1].error == "“Dosage” is empty: this field is needed.")
        #expect(harness.source.changes.isEmpty)
    }

    @Test func changingAnEntryFillsTheFormAndSendsOnlyWhatChanged() {
        var harness = harness()
        harness.press(.char("]"), .down, .enter)
        let form = try! #require(harness.state.form)
        #expect(form.title == "Change in your profile: Illness")
        #expect(form.fields.map(\.text) == ["Appendicite aiguë", "", "2025-10-30", "2025-11-03"])
        #expect(
            harness.state.announcement.hasSuffix("Enter goes to the next and then saves, Escape cancels."))
        #expect(harness.lines.contains { $0.contains("Enter: next, then save") })
        // Accepted untouched: nothing to write.
        harness.press(.enter, .enter, .enter, .enter)
        #expect(harness.state.form == nil)
        #expect(harness.state.message == "Nothing was changed.")
        #expect(harness.source.changes.isEmpty)

        harness.press(.char("e"), .tab, .tab, .tab, .ctrl("u"))
        harness.type("05/11/2025")
        harness.press(.enter)
        var changed = Self.entries[2]
        changed.end = TextFormat(.en).typedDay("2025-11-05")!.start.addingTimeInterval(12 * 3_600)
        #expect(harness.source.changes == [.changeProfileEntry(changed)])
    }

    @Test func removingAsksFirst() {
        var harness = harness()
        harness.press(.down, .char("d"))
        #expect(harness.state.confirmation?.question == "Remove Allergy “Pénicilline” from your profile?")
        #expect(harness.state.announcement == "Remove Allergy “Pénicilline” from your profile?")
        harness.press(.char("n"))
        #expect(harness.state.confirmation == nil && harness.source.changes.isEmpty)
        harness.press(.delete, .char("y"))
        #expect(harness.source.changes == [.removeProfileEntry(Self.entries[0])])
    }

    @Test func removingAHeadingOrTheDocumentIsExplained() {
        var harness = harness()
        harness.press(.char("d"))
        #expect(harness.state.confirmation == nil)
        #expect(harness.state.message?.hasPrefix("There is no entry here to change or remove") == true)
        harness.press(.end, .char("d"))
        #expect(harness.state.message?.hasPrefix("This line is a document of your record") == true)
        #expect(harness.source.changes.isEmpty)
    }

    @Test func enterOnTheDirectivesDocumentOpensIt() {
        var harness = harness()
        harness.press(.end, .enter)
        #expect(harness.state.page?.title == "Document 7")
        harness.press(.escape)
        #expect(harness.state.page == nil && harness.state.current.focus == 18)
    }

    @Test func familyHistoryNeedsARelativeChosenFromTheList() {
        var harness = harness()
        harness.press(.char("]"), .char("]"), .char("]"), .char("a"))
        #expect(harness.state.form?.fields.map(\.label) == ["Condition", "Relative", "Details"])
        harness.type("Glaucome")
        harness.press(.tab, .tab, .enter)
        let error = harness.state.form?.fields[1].error ?? ""
        #expect(error.hasPrefix("“Relative” is needed: choose one of mother, father, sister"))
        #expect(harness.state.form?.focus == 1)
        harness.press(.enter)
        #expect(harness.state.menu?.options.prefix(2).map(\.label) == ["Mother", "Father"])
        harness.press(.down, .enter)
        #expect(harness.state.form?.fields[1].text == "Father")
        harness.press(.enter)
        #expect(
            harness.source.changes == [
                .addProfileEntry(ProfileEntry(section: .familyHistory, label: "Glaucome", relative: "father"))
            ])
    }

    @Test func typedDatesAndPhoneNumbersAreCheckedInTheForm() {
        var harness = harness()
        harness.press(.char("]"), .char("a"))
        harness.type("Asthme")
        harness.press(.tab, .tab)
        harness.type("31/02/2020")
        harness.press(.tab)
        harness.type("2019-01-01")
        harness.press(.enter)
        var fields = harness.state.form?.fields ?? []
        #expect(fields[2].error == "“31/02/2020” is not a date: type it as 2026-03-14 or 14/03/2026.")
        #expect(fields[3].error == nil, "no order to check while the start is not a date")
        harness.press(.ctrl("u"))
        harness.type("2020-02-29")
        harness.press(.enter, .enter)
        fields = harness.state.form?.fields ?? []
        #expect(fields[3].error == "“End” (2019-01-01) is before “Start” (2020-02-29).")
        #expect(
            harness.state.message
                == "Check the field marked: End: “End” (2019-01-01) is before “Start” (2020-02-29).")
        harness.press(.escape)

        harness.press(.char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("a"))
        #expect(harness.state.form?.fields.map(\.label) == ["Name", "Role", "Phone", "Relationship"])
        harness.type("Léa Roux")
        harness.press(.enter, .enter, .enter)
        #expect(harness.state.form?.fields[1].text == "Emergency contact")
        harness.type("06 12 34")
        harness.press(.enter, .enter)
        #expect(harness.state.form?.fields[2].error?.hasPrefix("“06 12 34” is not a phone number") == true)
        harness.press(.ctrl("u"))
        harness.type("+33612345678")
        harness.press(.enter, .enter)
        #expect(
            harness.source.changes == [
                .addProfileEntry(
                    ProfileEntry(
                        section: .contact, label: "Léa Roux", contactRole: .emergency,
                        phone: "+33 6 12 34 56 78"))
            ])
    }

    @Test func addingABloodGroupWhenOneIsRecordedChangesIt() {
        var harness = harness()
        harness.press(.char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("a"))
        #expect(harness.state.form?.title == "Change in your profile: Blood group")
        #expect(harness.state.form?.fields[0].text == "A+")
        #expect(harness.state.message == "Your blood group is recorded: change it here.")
        harness.press(.enter)
        #expect(harness.state.menu?.options.count == 8)
        harness.press(.down, .enter, .enter)
        var changed = Self.entries[4]
        changed.label = "A-"
        #expect(harness.source.changes == [.changeProfileEntry(changed)])
    }

    @Test func theFormSpeaksFrenchAndIsDrawnInBothModes() {
        var harness = harness(language: .fr)
        harness.press(.char("a"))
        #expect(harness.state.form?.title == "Ajouter au profil : Allergie")
        let lines = harness.lines
        #expect(lines.contains { $0.contains("Allergie:") })
        #expect(lines.contains { $0.contains("Réaction:") })
        harness.state.screenReader = true
        let spoken = AppView.render(harness.state)
        #expect(spoken.lines()[2] == "Ajouter au profil : Allergie")
        #expect(spoken.lines()[3] == "Allergie, champ 1 sur 2 :")
        #expect(spoken.cursor.row == 3)
    }

    @Test func theAccessHistoryNamesARemovedEntry() {
        #expect(AccessHistoryPane.target("profile 5", name: nil, text) == "profile entry 5 (removed)")
        #expect(AccessHistoryPane.target("profile 5", name: "Latex", text) == "Latex")
    }

    @Test func theHelpListsThePanesKeys() {
        var harness = harness()
        harness.press(.char("?"))
        let summaries = KeyMap.helpLines(for: harness.state).map { text[$0.summary] }
        #expect(summaries.contains("Add an entry to the focused section"))
        #expect(summaries.contains("Remove the focused entry, after a question"))
        #expect(summaries.contains("Next section") && summaries.contains("Previous section"))
    }
}

import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The Access history pane: an event shown whole, the filters and the order in words, and
/// "who may access" with each change confirmed in words before it is written.
@Suite struct AccessHistoryPaneTests {
    static let sizes: [ListID: Int] = [.documents: 3, .accessHistory(HistoryQuery()): 1_000_040]

    func harness(rows: Int = 24, cols: Int = 100, screenReader: Bool = false) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: Self.sizes)
        harness.state.screenReader = screenReader
        harness.press(.char("5"))
        return harness
    }

    /// Opens "who may access" and focuses the line that starts with `name`.
    func focusWhoMayAccess(_ harness: inout Harness, on name: String) {
        if harness.state.accessView == .history { harness.press(.char("w")) }
        harness.press(.home)
        while harness.focusedText.map({ !$0.hasPrefix(name) }) ?? false, harness.state.current.focus < 20 {
            harness.press(.down)
        }
        #expect(harness.focusedText?.hasPrefix(name) == true)
    }

    @Test func theHeadingSaysTheFilterAndTheOrderInWords() {
        var harness = harness()
        #expect(harness.lines[1].hasPrefix("Access history · 1,000,040 · every event, newest first"))
        harness.press(.char("o"))
        #expect(harness.lines[1].hasPrefix("Access history · 0 · every event, oldest first"))
        #expect(harness.state.announcement == "every event, oldest first")
    }

    @Test func enterShowsTheEventWholeWithItsHashAndTheChainOnceChecked() {
        var harness = harness()
        harness.press(.down, .down, .enter)
        let page = harness.lines
        #expect(page[1] == "Access event 1000038")
        #expect(page.contains { $0.hasPrefix("Target: ") && $0.contains("Blood test (document 1000038)") })
        #expect(
            page.contains {
                $0.hasPrefix("Hash (SHA-256): ") && $0.contains(String(repeating: "66", count: 32))
            })
        #expect(page.contains { $0.contains("checking the history up to this event…") })
        #expect(AppView.render(harness.state).cursor == (2, 0))

        harness.send(.chainChecked(upTo: 1_000_038, .intact(events: 1_000_038)))
        #expect(
            harness.lines.contains { $0.contains("verified: the 1,000,038 events up to this one are intact") }
        )
        // An answer about another event changes nothing.
        let before = harness.state
        harness.send(.chainChecked(upTo: 5, .broken(event: 5, problem: .contentChanged, checked: 4)))
        #expect(harness.state == before)

        harness.press(.escape)
        #expect(harness.state.page == nil)
        #expect(harness.focusedText == "item 3")
        #expect(AppView.render(harness.state).cursor == (5, 0))
    }

    @Test func inFrenchTheEventPageFollowsFrenchPunctuation() {
        var harness = harness()
        harness.state.language = .fr
        harness.press(.enter)
        let lines = harness.lines
        #expect(lines[1] == "Événement d’accès 1000040")
        #expect(lines.contains { $0.hasPrefix("Action :") && $0.hasSuffix("lecture") })
        #expect(lines.contains { $0.hasPrefix("Chaîne :") && $0.contains("vérification de l’historique") })
        #expect(!lines.joined().contains("::"))
    }

    @Test func aBrokenChainIsSaidInWordsAndMarked() {
        var harness = harness()
        harness.press(.enter)
        harness.send(
            .chainChecked(upTo: 1_000_040, .broken(event: 12, problem: .contentChanged, checked: 11)))
        let screen = AppView.render(harness.state)
        let row = try! #require(screen.lines().firstIndex { $0.hasPrefix("Chain:") })
        #expect(screen.lines()[row].contains("BROKEN before this event: event 12 was changed"))
        #expect(screen[row, 0].style.role == .alert)
    }

    @Test func theActorFilterListsEveryoneAndSaysTheChoiceByName() {
        var harness = harness()
        harness.press(.char("a"))
        let menu = try! #require(harness.state.menu)
        #expect(
            menu.options.map(\.label) == [
                "Everyone", "You (Test Patient)", "Dr Martin, physician", "Dr Morel, pharmacist",
                "Nurse Roy, nurse",
            ])
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[screen.cursor.row].contains("Everyone"))
        harness.press(.down, .down, .down, .enter)
        #expect(harness.state.menu == nil)
        #expect(harness.state.historyQuery.filter.actorId == "10000000002")
        #expect(harness.state.currentList == .accessHistory(harness.state.historyQuery))
        #expect(harness.lines[1].hasPrefix("Access history · 0 · only Dr Morel, newest first"))
        // The list read is the filtered one, counted once.
        #expect(harness.source.requests.last?.0 == .accessHistory(harness.state.historyQuery))
        harness.press(.char("x"))
        #expect(harness.state.historyQuery == HistoryQuery())
    }

    @Test func theActionFilterAndEscChangeNothingElse() {
        var harness = harness()
        harness.press(.char("t"))
        #expect(harness.state.menu?.title == "Show only the action")
        harness.press(.escape)
        #expect(harness.state.menu == nil)
        #expect(harness.state.historyQuery == HistoryQuery())
        harness.press(.char("t"), .down, .enter)
        #expect(harness.state.historyQuery.filter.action == .read)
        #expect(harness.lines[1].contains("only read, newest first"))
    }

    @Test func aDateRangeIsTypedAndABadDateIsRefusedInPlace() {
        var harness = harness()
        harness.press(.char("d"))
        #expect(harness.lines.last == "From (date, empty for no start):")
        harness.type("2026-02-30")
        harness.press(.enter)
        // Refused: the line stays, with the reason above it, and nothing is filtered.
        #expect(harness.state.prompt?.text == "2026-02-30")
        #expect(harness.lines[22].hasPrefix("“2026-02-30” is not a date"))
        #expect(harness.state.historyQuery == HistoryQuery())
        harness.press(.ctrl("u"))
        harness.type("01/03/2026")
        harness.press(.enter)
        #expect(harness.lines.last == "To (date, empty for no end):")
        harness.type("2026-02-01")
        harness.press(.enter)
        #expect(harness.state.prompt?.error == "The end of the range is before its start.")
        for _ in 0..<10 { harness.press(.backspace) }
        harness.type("2026-03-31")
        let screen = AppView.render(harness.state)
        #expect(screen.cursor == (23, TextWidth.width(of: "To (date, empty for no end): 2026-03-31")))
        harness.press(.enter)
        #expect(harness.state.prompt == nil)
        let since = try! #require(harness.state.historyQuery.filter.since)
        let until = try! #require(harness.state.historyQuery.filter.until)
        #expect(until.timeIntervalSince(since) == 31 * 86_400 - 1)
        #expect(harness.lines[1].contains("from 2026-03-01 to 2026-03-31, newest first"))
    }

    @Test func typingInAPromptIsNotTakenForKeys() {
        var harness = harness()
        harness.press(.char("d"))
        harness.type("q?5")
        #expect(harness.state.exit == nil)
        #expect(harness.state.pane == .accessHistory)
        #expect(harness.state.prompt?.text == "q?5")
        harness.press(.escape)
        #expect(harness.state.prompt == nil)
    }

    @Test func whoMayAccessShowsTheRecordTheSwitchesAndEachStatusInWords() {
        var harness = harness()
        harness.press(.char("w"))
        let lines = harness.lines
        #expect(lines[1].hasPrefix("Access history › Who may access · 7"))
        #expect(lines[3] == "Your record: open to the professionals you authorise")
        #expect(lines[4] == "Emergency switch on: SAMU regulation may read your record in an emergency")
        #expect(lines[5].hasPrefix("Emergency switch off: any professional may break the glass"))
        #expect(lines[7].contains("Dr Martin") && lines[7].contains("your treating doctor"))
        #expect(lines[9].contains("Nurse Roy") && lines[9].contains("BLOCKED"))
        #expect(lines.last?.hasPrefix("↑↓ move  w history  a authorise  b block  u unblock") == true)
    }

    @Test func blockingAsksInWordsAndWritesOnlyOnYes() {
        var harness = harness()
        focusWhoMayAccess(&harness, on: "Dr Morel")
        harness.press(.char("b"))
        let question = "Block Dr Morel, pharmacist? They will no longer see any document of your record."
        #expect(harness.state.confirmation?.question == question)
        #expect(harness.state.announcement == question)
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[screen.cursor.row].contains("Block Dr Morel, pharmacist?"))
        harness.press(.char("n"))
        #expect(harness.source.changes.isEmpty)
        #expect(harness.state.message == "Nothing was changed.")

        harness.press(.char("b"), .char("y"))
        #expect(harness.source.changes == [.block(harness.source.entries[1])])
        #expect(harness.state.confirmation == nil)
        #expect(harness.state.message?.hasPrefix("done: block") == true)
    }

    @Test func theTreatingDoctorCannotBeBlockedAndSaysWhy() {
        var harness = harness()
        focusWhoMayAccess(&harness, on: "Dr Martin")
        harness.press(.char("b"))
        #expect(harness.state.confirmation == nil)
        #expect(
            harness.state.message
                == "Dr Martin is your treating doctor and cannot be blocked: first make another physician your treating doctor (d on their line)."
        )
        #expect(harness.source.changes.isEmpty)
    }

    @Test func unblockingAndDesignatingAreConfirmedToo() {
        var harness = harness()
        focusWhoMayAccess(&harness, on: "Nurse Roy")
        harness.press(.char("a"))
        #expect(harness.state.confirmation?.question.hasPrefix("Authorise Nurse Roy, nurse?") == true)
        harness.press(.escape)
        harness.press(.char("u"), .char("y"))
        #expect(harness.source.changes == [.unblock(harness.source.entries[2])])
        harness.press(.char("d"))
        #expect(
            harness.state.message
                == "Nurse Roy is not a physician: only a physician can be your treating doctor.")
        #expect(harness.state.confirmation == nil)
        focusWhoMayAccess(&harness, on: "Dr Martin")
        harness.press(.char("d"))
        #expect(harness.state.message == "Dr Martin is already your treating doctor.")
        #expect(harness.source.changes.count == 1)
    }

    @Test func enterOnASwitchOrTheRecordAsksToTurnItOver() {
        var harness = harness()
        harness.press(.char("w"), .down, .enter)
        #expect(
            harness.state.confirmation?.question
                == "Turn off: SAMU regulation may read your record in an emergency?")
        harness.press(.char("y"))
        #expect(harness.source.changes == [.emergency(.samu, on: false)])
        harness.press(.home, .enter)
        #expect(harness.state.confirmation?.question.hasPrefix("Close your record? No professional") == true)
        harness.press(.char("y"))
        #expect(harness.source.changes.last == .close)
    }

    @Test func inScreenReaderModeBothViewsAndTheQuestionArePlainLines() {
        var harness = harness(screenReader: true)
        var lines = harness.lines
        #expect(lines[0].hasPrefix("Access history, every event, newest first, pane 5 of 5"))
        #expect(lines[2].hasPrefix("Event 1 of 1,000,040:"))
        harness.press(.char("w"))
        lines = harness.lines
        #expect(lines[2] == "Line 1 of 7: Your record: open to the professionals you authorise")
        #expect(lines[5].hasPrefix("Line 4 of 7: Emergency switch off: an emergency access also reveals"))
        harness.press(.down, .down, .down, .down, .down, .char("b"))
        let screen = AppView.render(harness.state)
        lines = screen.lines()
        #expect(lines[2].hasPrefix("Block Dr Morel, pharmacist?"))
        #expect(lines[3] == "Press y for yes, n or Escape for no.")
        #expect(screen.cursor == (2, 0))
        #expect(drawingCharacters(in: lines).isEmpty)
        harness.press(.escape, .char("w"), .char("a"))
        lines = harness.lines
        #expect(lines[2] == "Show the events of")
        #expect(lines[3] == "Option 1 of 5: Everyone")
        #expect(drawingCharacters(in: lines).isEmpty)
    }
}

import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Banners, the inbox and the lists read again when the record changes, through `update`
/// and the view, with a fake record another process acts on.
@Suite struct NotificationsTests {
    static let sizes: [ListID: Int] = [.documents: 40, .accessHistory(HistoryQuery()): 1_000]
    static let report = DocumentMention(
        id: 30, title: "Compte rendu", date: Date(timeIntervalSince1970: 1_795_000_000))

    func harness(rows: Int = 20, cols: Int = 100, screenReader: Bool = false) -> Harness {
        var harness = Harness(rows: rows, cols: cols, sizes: Self.sizes)
        harness.state.screenReader = screenReader
        return harness
    }

    /// What the run loop does when its wait for a key runs out and the record has changed.
    func idleWakeUp(_ harness: inout Harness) {
        if harness.source.recordChanged() { harness.send(.recordChanged) }
    }

    @Test func aProfessionalsActMakesABannerWithoutMovingTheFocus() {
        var harness = harness()
        harness.press(.down, .down)
        let before = AppView.render(harness.state)
        harness.source.notify(.read, document: Self.report)
        idleWakeUp(&harness)
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[18].hasPrefix(" Dr Morel (pharmacist) read “Compte rendu” — 26 November 2026 at"))
        #expect(lines[19].hasPrefix("^D dismiss  n inbox  ↑↓ move"))
        #expect(lines[19].hasSuffix("1 unread · 3/40"))
        #expect(screen.cursor == before.cursor)
        #expect(harness.focusedText == "item 3")
        #expect(harness.state.announcement.hasPrefix("Dr Morel (pharmacist) read “Compte rendu”"))
        #expect(harness.state.listHeight == 15)
        // Nothing more arrives: the next look changes nothing.
        idleWakeUp(&harness)
        #expect(harness.state.notifications.banners.count == 1)
    }

    @Test func emergenciesAndRefusalsSayItAndTakeTheAlertStyle() {
        var harness = harness()
        harness.source.notify(.emergency, emergency: true)
        harness.source.notify(.refused, outcome: .denied, document: Self.report)
        idleWakeUp(&harness)
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(
            lines[17].hasPrefix(" EMERGENCY ACCESS, glass broken: Dr Morel (pharmacist) read your record"))
        #expect(lines[18].hasPrefix(" REFUSED: Dr Morel (pharmacist) tried to read “Compte rendu”"))
        #expect(screen[18, 1].style.role == .alert)
        #expect(harness.state.notifications.unread == 2)
    }

    @Test func silencedKindsReachTheInboxButShowNoBannerUnlikeRefusals() {
        var harness = harness()
        harness.source.preferences = NotificationPreferences(silenced: [.read, .add, .modify])
        harness.source.notify(.read)
        harness.source.notify(.add, action: .add, document: Self.report)
        idleWakeUp(&harness)
        #expect(harness.state.notifications.banners.isEmpty)
        #expect(harness.state.notifications.unread == 2)
        #expect(!harness.lines[19].hasPrefix("^D"))
        harness.source.notify(.refused, outcome: .denied)
        idleWakeUp(&harness)
        #expect(harness.state.notifications.banners.map(\.alert) == [true])
    }

    @Test func ctrlDDismissesEveryBannerWhateverHasTheKeys() {
        var harness = harness()
        for _ in 0..<5 { harness.source.notify(.read) }
        idleWakeUp(&harness)
        let lines = harness.lines
        #expect(lines[16] == " …and 3 more banners.")
        #expect(harness.state.listHeight == 13)
        // A question is open: Ctrl-D still dismisses, and the question stays.
        harness.state.confirmation = Confirmation(question: "Close?", change: .close)
        harness.press(.ctrl("d"))
        #expect(harness.state.notifications.banners.isEmpty)
        #expect(harness.state.confirmation != nil)
        #expect(harness.state.announcement == "Banners dismissed.")
        #expect(harness.state.listHeight == 16)
    }

    @Test func manyAtOnceAreCountedOnOneBanner() {
        var harness = harness()
        for _ in 0..<8 { harness.source.notify(.read) }
        idleWakeUp(&harness)
        let texts = harness.state.notifications.banners.map(\.text)
        #expect(texts.count == 6)
        #expect(texts.first == "3 more notifications arrived. n opens the inbox.")
    }

    @Test func atStartOneSummaryNamesTheMostPressingUnreadNotification() {
        var harness = harness()
        harness.source.notify(.read)
        harness.source.notify(.refused, outcome: .denied)
        harness.source.notify(.read)
        harness.state.notifications = NotificationsState()
        harness.run([.checkNotices(after: nil)])
        let banners = harness.state.notifications.banners
        #expect(banners.count == 1 && banners[0].alert)
        #expect(
            banners[0].text.hasPrefix(
                "3 unread notifications wait in your inbox, among them: REFUSED: Dr Morel (pharmacist) tried to read your record"
            ))
        #expect(harness.state.notifications.lastSeen == 3)
        // Read and silenced ones make no summary.
        harness.source.preferences = NotificationPreferences(silenced: [.read])
        _ = try? harness.source.apply(.markRead(2))
        harness.state.notifications = NotificationsState()
        harness.run([.checkNotices(after: nil)])
        #expect(harness.state.notifications.banners.isEmpty)
        #expect(harness.state.notifications.unread == 2)
    }

    @Test func aDocumentAddedElsewhereAppearsAndTheFocusFollowsItsRow() {
        var harness = harness()
        harness.press(.down, .down)
        #expect(harness.focusedText == "item 3")
        let row = harness.state.current.row(at: 2)
        harness.source.sizes[.documents] = 41
        harness.source.notify(.add, action: .add, document: Self.report)
        idleWakeUp(&harness)
        #expect(harness.state.current.total == 41)
        #expect(harness.state.current.row(at: 3)?.key == row?.key)
        #expect(harness.state.current.focus == 3)
        #expect(harness.state.current.top == 0)
        #expect(harness.lines[1].hasPrefix("Documents · 41"))
    }

    /// The patient's own addition in this browser is focused where the focus was; a
    /// second look at the same change (the watcher sees this process's commit too) moves
    /// nothing.
    @Test func thePatientsOwnAdditionTakesTheFocusesPlace() {
        var harness = harness()
        harness.source.sizes[.documents] = 41
        harness.send(.changed("Added."))
        #expect(harness.state.current.focus == 0)
        #expect(harness.state.current.row(at: 0)?.key?.id == 41)
        harness.source.changedElsewhere = true
        idleWakeUp(&harness)
        #expect(harness.state.current.focus == 0 && harness.state.current.total == 41)
    }

    @Test func aListDeepInAMillionIsReadAgainAroundItsFocus() {
        var harness = Harness(sizes: [.accessHistory(HistoryQuery()): 1_000_000])
        harness.press(.char("5"), .end, .pageUp, .up)
        let focus = harness.state.current.focus
        let key = harness.state.current.row(at: focus)?.key
        harness.source.sizes[.accessHistory(HistoryQuery())] = 1_000_002
        harness.source.changedElsewhere = true
        let requests = harness.source.requests.count
        idleWakeUp(&harness)
        #expect(harness.state.current.focus == focus + 2)
        #expect(harness.state.current.row(at: focus + 2)?.key == key)
        #expect(harness.source.requests.count - requests <= 3)
        #expect(harness.state.current.total == 1_000_002)
    }

    @Test func theInboxListsNewestFirstAndEnterGoesToTheDocumentAndMarksItRead() {
        var harness = harness()
        harness.source.notify(.add, action: .add, document: Self.report)
        harness.source.notify(.read)
        idleWakeUp(&harness)
        harness.press(.char("n"))
        let lines = harness.lines
        #expect(lines[1].hasPrefix("Notifications · 2"))
        #expect(lines[2].hasPrefix("When              Who                           What"))
        #expect(lines[3].contains("Dr Morel (pharmacist)         read your record"))
        #expect(lines[3].hasSuffix("unread"))
        #expect(lines[4].contains("added “Compte rendu”"))
        #expect(harness.state.announcement.hasPrefix("Notifications opened, 2 unread."))
        #expect(lines[19].contains("Enter go to  r read  R all read  b banners  Esc back"))
        harness.press(.down, .enter)
        #expect(harness.state.pane == .documents && !harness.state.notifications.inboxOpen)
        #expect(harness.focusedText == "item 11")
        #expect(harness.state.current.row(at: harness.state.current.focus)?.key?.id == 30)
        #expect(harness.state.announcement == "Compte rendu, in the Documents pane.")
        #expect(harness.source.changes == [.markRead(1)])
        #expect(harness.state.notifications.unread == 1)
    }

    @Test func enterOnAReadOpensItsAccessEventAndEscComesBackToTheInbox() {
        var harness = harness()
        harness.source.notify(.read)
        idleWakeUp(&harness)
        harness.press(.char("n"), .enter)
        #expect(harness.state.page?.title == "Access event 101")
        #expect(harness.source.changes == [.markRead(1)])
        harness.press(.escape)
        #expect(harness.state.page == nil && harness.state.currentList == .inbox)
        #expect(harness.lines[3].hasSuffix("read"))
        harness.press(.escape)
        #expect(harness.state.currentList == .documents)
    }

    @Test func rMarksOneRAllAndBChoosesTheBanners() {
        var harness = harness()
        harness.source.notify(.read)
        harness.source.notify(.read)
        idleWakeUp(&harness)
        harness.press(.char("n"), .char("r"))
        #expect(harness.source.changes == [.markRead(2)])
        #expect(harness.state.message == "done: markRead(2)")
        harness.press(.char("r"))
        #expect(harness.state.message == "This notification was already read.")
        harness.press(.char("R"))
        #expect(harness.source.changes.last == .markAllRead)
        #expect(harness.state.notifications.unread == 0)
        harness.press(.char("R"))
        #expect(harness.state.message == "No unread notification.")
        harness.press(.char("b"))
        #expect(
            harness.state.menu?.options.map(\.label) == [
                "Banners for reads of your record: on",
                "Banners for additions and changes to your record: on",
            ])
        #expect(harness.state.announcement.hasSuffix("Emergency accesses and refusals always show a banner."))
        harness.press(.enter)
        #expect(harness.source.changes.last == .banners(.reads, on: false))
        #expect(harness.state.notifications.preferences.isOn(.reads) == false)
        harness.press(.char("b"))
        #expect(harness.state.menu?.options.first?.label == "Banners for reads of your record: off")
    }

    /// A kiosk writes nothing: no key marks read or chooses banners, Enter only goes to what
    /// a notification is about; locked, it shows no banner.
    @Test func aKioskReadsTheInboxWithoutWritingAndHidesBannersWhenLocked() {
        var harness = harness()
        harness.state.kiosk = true
        harness.source.notify(.read)
        idleWakeUp(&harness)
        harness.press(.char("n"))
        let keys = KeyMap.bindings(for: harness.state).map(\.action)
        #expect(keys.contains(.open) && keys.contains(.closeInbox) && keys.contains(.dismissBanners))
        #expect(!keys.contains(.markRead) && !keys.contains(.markAllRead) && !keys.contains(.chooseBanners))
        harness.press(.char("r"), .char("R"), .char("b"), .enter)
        #expect(harness.source.changes.isEmpty)
        #expect(harness.state.page?.title == "Access event 101")
        harness.send(.idle)
        #expect(harness.state.lock != nil && harness.state.notifications.banners.isEmpty)
        harness.source.notify(.emergency, emergency: true)
        idleWakeUp(&harness)
        #expect(harness.state.notifications.banners.isEmpty)
        #expect(!harness.state.announcement.contains("Dr Morel"))
        #expect(!AppView.render(harness.state).lines().joined().contains("Dr Morel"))
    }

    @Test func anEmptyInboxSaysSo() {
        var harness = harness()
        harness.press(.char("n"))
        #expect(harness.lines[3] == "Nothing here yet.")
        harness.press(.char("r"))
        #expect(harness.state.message == "There is no notification here.")
    }

    @Test func screenReaderModeSaysTheBannerOnTheAnnouncementLine() {
        var harness = harness(screenReader: true)
        harness.press(.down)
        let before = AppView.render(harness.state)
        harness.source.notify(.read, document: Self.report)
        idleWakeUp(&harness)
        let screen = AppView.render(harness.state)
        let lines = screen.lines()
        #expect(lines[1].hasPrefix("Dr Morel (pharmacist) read “Compte rendu” — 26 November 2026 at"))
        #expect(screen.cursor == before.cursor && screen.cursor == (3, 0))
        #expect(lines[3].hasPrefix("Document 2 of 40"))
        #expect(lines[19].hasPrefix("1 unread notification. Keys: Control-D: Dismiss the banners."))
        #expect(harness.state.listHeight == 17)
        harness.press(.char("n"))
        #expect(AppView.render(harness.state).lines()[0] == "Notifications, 1 unread, 1 item.")
    }

    @Test func theRunLoopAsksForChangesAtEachWaitAndDrawsOnlyWhenOneCame() {
        let terminal = FakeTerminal(rows: 14, cols: 80, keys: [.char("q")])
        let source = FakeSource(sizes: [.documents: 10])
        terminal.idleWaits = 3
        var waits = 0
        terminal.meanwhile = {
            waits += 1
            if waits == 2 { source.notify(.read) }
        }
        let state = AppRunner(terminal: terminal, source: source).run(patientName: "P")
        #expect(terminal.timeouts == [250, 250, 250, 250])
        #expect(state.notifications.banners.count == 1)
        // The first frame, then one with the banner; idle waits draw nothing new.
        #expect(terminal.frames.count == 2)
        #expect(
            terminal.frames.last?.lines()[12].hasPrefix(" Dr Morel (pharmacist) read your record") == true)
    }
}

extension Harness {
    /// Performs effects as the run loop would.
    mutating func run(_ effects: [Effect]) {
        perform(effects)
    }
}

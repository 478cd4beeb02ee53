import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// The record switcher: `p` lists the carnet's records with their age and unread
/// notifications; choosing one starts every pane afresh on it; a kiosk has no such key.
@Suite struct RecordSwitcherTests {
    static let family = [
        ManagedRecord(
            patient: Patient(id: 1, name: "Test Patient", birthDate: "1981-03-14", ins: nil, createdAt: Date()),
            unread: 0),
        ManagedRecord(
            patient: Patient(
                id: 2, name: "Léa Durand", birthDate: "2019-06-10", ins: nil, createdAt: Date(), relation: .child),
            unread: 1),
    ]

    func harness() -> Harness {
        let harness = Harness(sizes: [.documents: 30, .vaccinations(): 4])
        harness.source.managed = Self.family
        return harness
    }

    @Test func pListsTheRecordsAndChoosingOneOpensItAfresh() throws {
        var harness = harness()
        harness.press(.down, .down)
        #expect(harness.state.current.focus == 2)
        harness.press(.char("p"))
        let menu = try #require(harness.state.menu)
        #expect(menu.purpose == .record)
        #expect(menu.focus == 0)
        #expect(menu.options.count == 2)
        #expect(menu.options[1].label.hasPrefix("Léa Durand, "))
        #expect(menu.options[1].label.hasSuffix(" · 1 unread"))
        harness.press(.down, .enter)
        #expect(harness.source.opened == [2])
        #expect(harness.state.menu == nil)
        #expect(harness.state.patientName == "Léa Durand")
        #expect(harness.state.recordHeading.hasPrefix("Léa Durand, ") && harness.state.recordHeading.hasSuffix(" years"))
        // Every pane starts afresh: the focus is back on the first row, read again.
        #expect(harness.state.current.focus == 0)
        #expect(harness.state.announcement.hasPrefix("Record of Léa Durand, "))
        let screen = AppView.render(harness.state)
        #expect(screen.lines()[1].contains("Léa Durand, "))
    }

    @Test func withOneRecordTheKeySaysSo() {
        var harness = harness()
        harness.source.managed = Array(Self.family.prefix(1))
        harness.press(.char("p"))
        #expect(harness.state.menu == nil)
        #expect(harness.state.message == "This carnet holds only the record of Test Patient.")
    }

    @Test func aKioskHasNoRecordSwitcher() {
        var harness = harness()
        harness.state.kiosk = true
        #expect(KeyMap.action(for: .char("p"), in: harness.state) == nil)
        #expect(!KeyMap.helpLines(for: harness.state).contains { $0.action == .chooseRecord })
        harness.press(.char("p"))
        #expect(harness.state.menu == nil)
        #expect(harness.source.opened.isEmpty)
    }

    @Test func aReadOnlyRecordMayStillOpenAnother() {
        var harness = harness()
        harness.state.readOnly = true
        #expect(KeyMap.action(for: .char("p"), in: harness.state) == .chooseRecord)
    }

    @Test func bannersNameTheRecordTheyConcernWhenThereAreSeveral() {
        let event = AccessEvent(
            at: Date(), actorType: .professional, actorId: "10000000001", actorName: "Dr Martin", action: .read,
            target: "record", outcome: .done)
        let notice = Notice(
            notification: Notification(id: 7, eventId: 1, kind: .read, createdAt: Date(), readAt: nil, documentId: nil),
            event: event, profession: "physician", patientId: 2)
        var news = NoticeNews(fresh: [notice], freshCount: 1, latest: 7, preferences: NotificationPreferences())
        let alone = news.freshBanners(Catalog(.en), TextFormat(.en))
        #expect(!alone[0].text.hasPrefix("Léa Durand"))
        news.recordNames = [2: "Léa Durand"]
        let english = news.freshBanners(Catalog(.en), TextFormat(.en))
        #expect(english[0].text == "Léa Durand: " + alone[0].text)
        #expect(news.freshBanners(Catalog(.fr), TextFormat(.fr))[0].text.hasPrefix("Léa Durand : "))
    }
}

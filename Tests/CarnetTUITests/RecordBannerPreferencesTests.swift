import CarnetCore
import Foundation
import Testing

@testable import CarnetTUI

/// Each record's own banner choices decide its banners, whichever record is open.
@Suite struct RecordBannerPreferencesTests {
    static func notice(_ id: Int64, _ kind: CarnetCore.Notification.Kind, record: Int64) -> Notice {
        let at = Date(timeIntervalSince1970: 1_795_700_000 + Double(id) * 60)
        let event = AccessEvent(
            id: id, at: at, actorType: .professional, actorId: "10000000002", actorName: "Dr Morel",
            action: kind == .read ? .read : .add, target: "record", outcome: .done)
        return Notice(
            notification: CarnetCore.Notification(id: id, eventId: id, kind: kind, createdAt: at, readAt: nil),
            event: event, profession: "pharmacist", patientId: record)
    }

    @Test func aChildsSilencedReadsShowNoBannerWhileTheParentsDo() {
        // The parent's record (1) is open; Léa's (2) has its reads silenced, Hugo's (3) not.
        var news = NoticeNews(
            fresh: [Self.notice(13, .read, record: 3), Self.notice(12, .read, record: 2), Self.notice(11, .read, record: 1)],
            freshCount: 3, latest: 13, preferences: NotificationPreferences())
        news.recordNames = [2: "Léa Durand", 3: "Hugo Durand"]
        news.recordPreferences = [2: NotificationPreferences(silenced: [.read]), 3: NotificationPreferences()]
        let banners = news.freshBanners(Catalog(.en), TextFormat(.en)).map(\.text)
        #expect(banners.count == 2)
        #expect(banners[0].hasPrefix("Dr Morel (pharmacist) read your record"))
        #expect(banners[1].hasPrefix("Hugo Durand: Dr Morel (pharmacist) read"))
        #expect(!banners.contains { $0.contains("Léa") })
        // And the other way round: the open record's silenced reads do not silence Léa's.
        news.preferences = NotificationPreferences(silenced: [.read])
        news.recordPreferences[2] = NotificationPreferences()
        let other = news.freshBanners(Catalog(.en), TextFormat(.en)).map(\.text)
        #expect(other.count == 2)
        #expect(other.allSatisfy { $0.hasPrefix("Léa Durand: ") || $0.hasPrefix("Hugo Durand: ") })
    }
}

import CarnetCore

/// The record's changes and notifications, for the run loop.
extension StoreSource {
    public func recordChanged() -> Bool {
        watcher.recordChanged()
    }

    public func connection() -> RecordConnection {
        watcher.connection
    }

    public func notices(after: Int64?, limit: Int) throws -> NoticeNews {
        let preferences = try store.notificationPreferences(of: patient)
        // Banners come for every record the person manages, those of another record than the
        // open one after its name (the heading names the open one); a kiosk hears only of its own.
        let records = try self.records()
        let ids = records.map(\.patient.id)
        var news = NoticeNews(
            unreadByKind: try store.unreadNoticeCounts(of: patient),
            latest: try store.latestNotificationId(ofRecords: ids), preferences: preferences)
        for record in records where record.patient.id != patient {
            news.recordNames[record.patient.id] = record.patient.name
            news.recordPreferences[record.patient.id] = try store.notificationPreferences(of: record.patient.id)
        }
        if let after {
            // Read after `latest`: one that arrived in between is among these, and counts as seen.
            (news.fresh, news.freshCount) = try store.notices(ofRecords: ids, after: after, limit: limit)
            news.latest = max(news.latest ?? after, news.fresh.first?.id ?? after)
        } else {
            let kinds = Notification.Kind.allCases
            news.newestWaiting =
                try store.newestUnreadNotice(of: patient, kinds: kinds.filter(\.alerts))
                ?? store.newestUnreadNotice(of: patient, kinds: kinds.filter(preferences.banners))
        }
        return news
    }

    public func position(of key: PageKey, in list: ListID) throws -> Int? {
        try list.list.position(of: key, in: self)
    }
}

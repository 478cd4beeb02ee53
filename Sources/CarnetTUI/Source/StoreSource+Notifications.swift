import CarnetCore

/// The record's changes and notifications, for the run loop.
extension StoreSource {
    public func recordChanged() -> Bool {
        watcher.recordChanged()
    }

    public func notices(after: Int64?, limit: Int) throws -> NoticeNews {
        let preferences = try store.notificationPreferences(of: patient)
        var news = NoticeNews(
            unreadByKind: try store.unreadNoticeCounts(of: patient),
            latest: try store.latestNotificationId(of: patient), preferences: preferences)
        if let after {
            // Read after `latest`: one that arrived in between is among these, and counts as seen.
            (news.fresh, news.freshCount) = try store.notices(
                of: patient, after: after, limit: limit)
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

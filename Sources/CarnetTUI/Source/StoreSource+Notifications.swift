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
        switch list {
        case .documents: try store.documentPosition(of: key, patient: patient)
        case .filteredDocuments(let filter):
            try store.documentPosition(of: key, patient: patient, matching: filter)
        case .vaccinations(let disease):
            try store.vaccinationPosition(of: key, patient: patient, disease: disease)
        case .readings(let type): try store.measurementPosition(of: key, patient: patient, type: type)
        case .accessHistory(let query):
            try store.accessEventPosition(
                of: key, patient: patient, matching: query.filter, oldestFirst: query.oldestFirst)
        case .inbox: try store.noticePosition(of: key, patient: patient)
        case .measurementTypes, .profile, .whoMayAccess: nil
        }
    }
}

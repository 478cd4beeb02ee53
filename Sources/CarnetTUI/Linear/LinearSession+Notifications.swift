import CarnetCore

/// Notifications in linear mode: those waiting are summed up at start, and each new one is
/// printed as a line before the next prompt (never over what was printed).
extension LinearSession {
    mutating func announceNotifications() {
        guard lastNotice == nil || source.recordChanged() else { return }
        guard let news = try? source.notices(after: lastNotice) else { return }
        if lastNotice == nil {
            if let named = news.newestWaiting, news.unread > 0 {
                let line = named.banner(text, format)
                say(
                    news.unread == 1
                        ? text[.bannersWaitingOne, line]
                        : text[.bannersWaiting, format.count(news.unread), line])
            }
        } else {
            for notice in news.fresh.reversed() where news.preferences.banners(notice.kind) {
                say(notice.banner(text, format))
            }
        }
        lastNotice = news.latest ?? lastNotice ?? 0
    }
}

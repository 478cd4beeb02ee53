import CarnetCore

/// Notifications in linear mode: those waiting are summed up at start, and each new one is
/// printed as a line before the next prompt (never over what was printed).
extension LinearSession {
    mutating func announceNotifications() {
        // A server that restarted: said once when lost and once when back; once back, the
        // notifications after the last one seen are read whatever the feed says.
        let lost = source.connection() != .connected
        let back = connectionLost && !lost
        if lost != connectionLost {
            connectionLost = lost
            say(text[lost ? .announceConnectionLost : .announceConnectionBack])
        }
        guard lastNotice == nil || back || source.recordChanged() else { return }
        let after = lastNotice
        guard let news = reading({ try $0.notices(after: after, limit: NotificationsState.freshBanners) })
        else { return }
        if lastNotice == nil {
            if let named = news.waitingSummary {
                let line = named.banner(text, format)
                // Linear mode has no keys: the section's number opens the inbox.
                let section = String((Self.sections.firstIndex { $0.1 == .inbox } ?? 0) + 1)
                say(
                    news.unread == 1
                        ? text[.linearWaitingOne, line, section]
                        : text[.linearWaiting, format.count(news.unread), line, section])
            }
        } else {
            for banner in news.freshBanners(text, format) { say(banner.text) }
        }
        lastNotice = news.latest ?? lastNotice ?? 0
    }
}

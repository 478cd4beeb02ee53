import CarnetCore

/// Notifications in the browser: banners when a professional acts (in this process or
/// another), the inbox, marking read, choosing which kinds show a banner, and reading again
/// what is shown when the record changes.
extension Update {
    /// Most banners kept waiting to be dismissed; the oldest go first.
    static let bannerMemory = 100

    static func notifications(_ action: Action, _ state: inout AppState) -> [Effect] {
        let text = state.text
        switch action {
        case .openInbox:
            state.page = nil
            state.notifications.inboxOpen = true
            state.announcement = text[.announceInbox, state.format.count(state.notifications.unread)]
        case .closeInbox:
            state.notifications.inboxOpen = false
            state.announcement = text[.announcePane, state.pane.title(text)]
        case .markRead:
            let list = state.current
            guard case .notice(let notice)? = list.row(at: list.focus)?.subject else {
                say(text[.chooseNotice], &state)
                return []
            }
            guard notice.notification.unread else {
                say(text[.alreadyRead], &state)
                return []
            }
            return [.apply(.markRead(notice.id))]
        case .markAllRead:
            guard state.notifications.unread > 0 else {
                say(text[.nothingUnread], &state)
                return []
            }
            return [.apply(.markAllRead)]
        case .chooseBanners:
            state.menu = bannerMenu(state)
            state.announcement = text[.bannersMenuHelp] + " " + text[.alertsAlwaysBanner]
            return []
        case .dismissBanners:
            state.notifications.banners = []
            state.announcement = text[.bannersDismissed]
            return rescroll(&state)
        default:
            return []
        }
        return loadVisible(&state)
    }

    /// The record changed (`byPatient`: by the patient's own change in this browser): every
    /// list is read again when next shown, the visible one now, and the new notifications
    /// are asked for.
    static func recordChanged(_ state: inout AppState, byPatient: Bool = false) -> [Effect] {
        for id in Array(state.lists.keys) { state.lists[id]?.markStale(keepingNumber: byPatient) }
        // What is due follows the card, and a kind's summary its readings: read them again too.
        state.vaccinationsDue = nil
        state.summaries = [:]
        for type in Array(state.charts.keys) { state.charts[type]?.invalidate() }
        return loadVisible(&state) + [.checkNotices(after: state.notifications.lastSeen)]
    }

    /// The server of the record was lost or found again. While lost, the status line says so;
    /// once back, what is shown and the notifications after the last one seen are read again,
    /// so nothing that happened meanwhile is missed (notifications are rows; the feed only wakes).
    static func connectionChanged(_ connection: RecordConnection, _ state: inout AppState) -> [Effect] {
        let lost = connection != .connected
        guard lost != state.connectionLost else { return [] }
        state.connectionLost = lost
        say(state.text[lost ? .announceConnectionLost : .announceConnectionBack], &state)
        return lost ? [] : recordChanged(&state)
    }

    /// New counts and preferences; a banner for each new notification of a kind that shows
    /// one, or at start one summary of the unread ones waiting. In screen-reader mode the
    /// banners are said on the announcement line; the focus never moves.
    static func noticesRead(_ news: NoticeNews, _ state: inout AppState) -> [Effect] {
        let text = state.text
        let format = state.format
        let atStart = state.notifications.lastSeen == nil
        state.notifications.unread = news.unread
        state.notifications.preferences = news.preferences
        state.notifications.lastSeen = news.latest ?? state.notifications.lastSeen ?? 0
        var banners: [Banner] = []
        if atStart {
            // One summary, when any unread notification is of a kind that shows a banner.
            if let named = news.waitingSummary {
                let line = named.banner(text, format)
                banners.append(
                    Banner(
                        news.unread == 1
                            ? text[.bannersWaitingOne, line]
                            : text[.bannersWaiting, format.count(news.unread), line],
                        alert: named.kind.alerts))
            }
        } else {
            banners = news.freshBanners(text, format)
        }
        // A locked kiosk shows nothing of the record: the count waits for the PIN.
        guard !banners.isEmpty, state.lock == nil else { return [] }
        state.notifications.banners = Array((state.notifications.banners + banners).suffix(bannerMemory))
        state.announcement = banners.map(\.text).joined(separator: " ")
        return rescroll(&state)
    }

    /// Enter on a notification: a document added or changed opens in the Documents pane,
    /// focused; anything else opens its access event whole. Either way it is now read.
    static func goTo(_ notice: Notice, _ state: inout AppState) -> [Effect] {
        // A kiosk writes nothing, not even that a notification was read.
        let read: [Effect] =
            notice.notification.unread && !state.writesAbsent ? [.markNoticeRead(notice.id)] : []
        let change = notice.kind == .add || notice.kind == .modify
        guard change, let document = notice.document else {
            if change, notice.event.documentId != nil { say(state.text[.goneDocument], &state) }
            return [.loadEvent(notice.event.id)] + read
        }
        show(.documents, &state)
        // Every document, so that this one is in the list.
        state.documentFilter = .all
        state.lists[.documents, default: ListState()].markStale(
            focusing: PageKey(date: document.date, id: document.id))
        state.announcement = state.text[.announceDocumentFound, document.title]
        return loadVisible(&state) + read
    }

    static func bannerMenu(_ state: AppState) -> Menu {
        let text = state.text
        let options = BannerTopic.allCases.map { topic in
            let on = state.notifications.preferences.isOn(topic)
            return Menu.Option(
                text[.bannerOption, text[topic.phrase], text[on ? .bannersOnWord : .bannersOffWord]],
                value: topic.rawValue)
        }
        return Menu(title: text[.bannersMenuTitle], options: options, purpose: .banners)
    }

    /// Choosing a topic in the banners menu turns its banners the other way.
    static func choseBanners(_ option: Menu.Option, _ state: inout AppState) -> [Effect] {
        guard let topic = option.value.flatMap(BannerTopic.init(rawValue:)) else { return [] }
        return [.apply(.banners(topic, on: !state.notifications.preferences.isOn(topic)))]
    }

    /// Banners came or went, so the lists have more or fewer rows: the focus stays in view.
    static func rescroll(_ state: inout AppState) -> [Effect] {
        let height = state.listHeight
        for id in Array(state.lists.keys) { state.lists[id]?.scroll(height: height) }
        return loadVisible(&state)
    }
}

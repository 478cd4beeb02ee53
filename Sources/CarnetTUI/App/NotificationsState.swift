import CarnetCore

/// What the browser knows of the patient's notifications: the banners showing, the unread
/// count for the status line, whether the inbox is open, and the last notification seen (so
/// that only newer ones make banners).
public struct NotificationsState: Equatable, Sendable {
    /// Notifications that arrive together and each get a banner; more are counted on one.
    public static let freshBanners = 5

    /// Oldest first; the newest is drawn nearest the status line.
    public var banners: [Banner] = []
    public var unread = 0
    public var inboxOpen = false
    /// The newest notification already seen; nil until the first look at start.
    public var lastSeen: Int64?
    public var preferences = NotificationPreferences()

    public init() {}
}

/// One line telling the patient what a professional just did, over the bottom of the pane.
/// It never takes the focus; a key dismisses every banner at once.
public struct Banner: Equatable, Sendable {
    public var text: String
    /// An emergency access or a refusal: drawn in the theme's alert style.
    public var alert: Bool

    public init(_ text: String, alert: Bool) {
        self.text = text
        self.alert = alert
    }
}

/// The notifications as the source read them, for `update` to turn into banners and counts.
public struct NoticeNews: Equatable, Sendable {
    /// The newest of those that arrived after the last one seen, newest first (a few).
    public var fresh: [Notice]
    /// How many arrived after the last one seen, in all.
    public var freshCount: Int
    /// At start: the unread notification to name in the summary banner, the newest
    /// emergency access or refusal if any, otherwise the newest of a kind that shows a banner.
    public var newestWaiting: Notice?
    public var unreadByKind: [Notification.Kind: Int]
    /// The newest notification's id.
    public var latest: Int64?
    public var preferences: NotificationPreferences
    /// The names of the carnet's other records than the open one: a banner about one of them
    /// starts with its name. Empty with one record.
    public var recordNames: [Int64: String] = [:]
    /// The banner preferences of those other records: each record's own choices decide its
    /// banners (`preferences` are the open record's).
    public var recordPreferences: [Int64: NotificationPreferences] = [:]

    public init(
        fresh: [Notice] = [], freshCount: Int = 0, newestWaiting: Notice? = nil,
        unreadByKind: [Notification.Kind: Int] = [:], latest: Int64?, preferences: NotificationPreferences
    ) {
        self.fresh = fresh
        self.freshCount = freshCount
        self.newestWaiting = newestWaiting
        self.unreadByKind = unreadByKind
        self.latest = latest
        self.preferences = preferences
    }

    public var unread: Int { unreadByKind.values.reduce(0, +) }

    /// Unread notifications that show a banner, given the preferences.
    public var waiting: Int {
        unreadByKind.filter { preferences.banners($0.key) }.values.reduce(0, +)
    }
}

extension AppState {
    /// Banners shown at most at once: three, fewer on a short window; those beyond are
    /// counted on the first line.
    static func bannerLimit(rows: Int) -> Int { min(3, max(1, (rows - 6) / 3)) }

    /// Rows the banners take above the status line (none in screen-reader mode, where
    /// they are said on the announcement line).
    public var bannerRows: Int {
        screenReader ? 0 : min(notifications.banners.count, Self.bannerLimit(rows: rows))
    }
}

/// What the news says, the same in the browser (as banners) and in linear mode (as lines).
extension NoticeNews {
    /// At start: the notification that sums up those waiting, when any unread one is of a
    /// kind that shows a banner.
    public var waitingSummary: Notice? { waiting > 0 ? newestWaiting : nil }

    /// The preferences that decide a notice's banner: its own record's.
    func preferences(of notice: Notice) -> NotificationPreferences {
        notice.patientId.flatMap { recordPreferences[$0] } ?? preferences
    }

    /// A banner's words, after the name of the record it concerns when it is not the open one.
    func named(_ notice: Notice, _ words: String, _ text: Catalog) -> String {
        guard let id = notice.patientId, let name = recordNames[id] else { return words }
        return text[.bannerForRecord, name, words]
    }

    /// After start: a line counting those not read whole, if any, then one per fresh
    /// notification of a kind that shows a banner, oldest first.
    public func freshBanners(_ text: Catalog, _ format: TextFormat) -> [Banner] {
        let more = freshCount - fresh.count
        let counted = more > 0 ? [Banner(text[.bannersMore, format.count(more)], alert: false)] : []
        return counted
            + fresh.reversed().filter { preferences(of: $0).banners($0.kind) }.map {
                Banner(named($0, $0.banner(text, format), text), alert: $0.kind.alerts)
            }
    }
}

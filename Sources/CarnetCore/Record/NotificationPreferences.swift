/// What the patient may silence: the banners of reads, and of additions and changes (a
/// document or a vaccination added, a document modified).
/// Emergency accesses and refusals always show one.
public enum BannerTopic: String, CaseIterable, Sendable {
    case reads
    case changes

    /// The kinds of notification the topic covers.
    public var kinds: [Notification.Kind] {
        switch self {
        case .reads: [.read]
        case .changes: [.add, .modify]
        }
    }
}

/// Which kinds of notification show a banner. Silenced ones still reach the inbox.
public struct NotificationPreferences: Sendable, Equatable {
    /// Kinds whose banners the patient turned off (never `emergency` or `refused`).
    public var silenced: Set<Notification.Kind>

    public init(silenced: Set<Notification.Kind> = []) {
        self.silenced = silenced.filter { !$0.alerts }
    }

    /// Whether a notification of this kind shows a banner.
    public func banners(_ kind: Notification.Kind) -> Bool {
        kind.alerts || !silenced.contains(kind)
    }

    /// Whether the banners of a topic are on (each of its kinds shows one).
    public func isOn(_ topic: BannerTopic) -> Bool {
        topic.kinds.allSatisfy(banners)
    }
}

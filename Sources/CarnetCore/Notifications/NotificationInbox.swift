import Foundation

/// Why the patient's action on their notifications was refused.
public enum InboxError: Error, Equatable, Sendable {
    /// The record holds no notification with this number for the patient.
    case noNotification(id: Int64)

    public func message(_ text: Catalog) -> String {
        switch self {
        case .noNotification(let id): text[.noNotification, String(id)]
        }
    }
}

/// The patient's own actions on their notifications: marking them read, and choosing which
/// show a banner. Marking read is the patient reading, so it is not in the access history;
/// a change of preferences is, like every other setting.
public struct NotificationInbox: Sendable {
    let store: any RecordStore
    let patient: Patient
    let now: @Sendable () -> Date

    public init(store: any RecordStore, patient: Patient, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.patient = patient
        self.now = now
    }

    /// Marks one notification read; returns false when it already was.
    @discardableResult
    public func markRead(_ id: Int64) throws -> Bool {
        try store.write { writer in
            guard let isRead = try writer.notificationIsRead(id, patient: patient.id) else {
                throw InboxError.noNotification(id: id)
            }
            guard !isRead else { return false }
            return try writer.markNotificationsRead(patient: patient.id, only: id, at: now()) == 1
        }
    }

    /// Marks every unread notification read; returns how many were.
    @discardableResult
    public func markAllRead() throws -> Int {
        try store.write { writer in try writer.markNotificationsRead(patient: patient.id, at: now()) }
    }

    /// Which kinds of notification show a banner now.
    public func preferences() throws -> NotificationPreferences {
        try store.notificationPreferences(of: patient.id)
    }

    /// Turns the banners of a topic on or off. Emergency accesses and refusals have no
    /// preference: their banners always show.
    public func setBanners(_ topic: BannerTopic, on: Bool) throws {
        try store.write { writer in
            for kind in topic.kinds {
                try writer.setBannerPreference(patient: patient.id, kind: kind, enabled: on)
            }
            try writer.appendEvent(
                AccessEvent(
                    at: now(), actorType: .patient, actorId: String(patient.id), actorName: patient.name,
                    action: .notificationSettings, target: "banners \(topic.rawValue) \(on ? "on" : "off")",
                    outcome: .done),
                patient: patient.id)
        }
    }
}

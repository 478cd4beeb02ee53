import Foundation

/// A notice to the patient that a professional read or changed their record.
public struct Notification: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case read
        case add
        case modify
        /// Cannot be silenced.
        case emergency
    }

    public var id: Int64
    public var eventId: Int64
    public var kind: Kind
    public var createdAt: Date
    public var readAt: Date?

    public init(id: Int64, eventId: Int64, kind: Kind, createdAt: Date, readAt: Date?) {
        self.id = id
        self.eventId = eventId
        self.kind = kind
        self.createdAt = createdAt
        self.readAt = readAt
    }
}

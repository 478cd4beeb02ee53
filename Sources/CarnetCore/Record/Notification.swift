import Foundation

/// A notice to the patient that a professional read or changed their record, broke the
/// glass, or was refused. Every one is kept in the inbox; preferences only silence the
/// banners of reads and document changes.
public struct Notification: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case read
        case add
        case modify
        /// Cannot be silenced.
        case emergency
        /// A refused attempt. Cannot be silenced.
        case refused

        /// Emergencies and refusals always show a banner, whatever the preferences say.
        public var alerts: Bool { self == .emergency || self == .refused }
    }

    public var id: Int64
    public var eventId: Int64
    public var kind: Kind
    public var createdAt: Date
    public var readAt: Date?
    /// The document the event is about, while it is in the record.
    public var documentId: Int64?

    public init(
        id: Int64, eventId: Int64, kind: Kind, createdAt: Date, readAt: Date?, documentId: Int64? = nil
    ) {
        self.id = id
        self.eventId = eventId
        self.kind = kind
        self.createdAt = createdAt
        self.readAt = readAt
        self.documentId = documentId
    }

    public var unread: Bool { readAt == nil }
}

/// A notification as the patient reads it: with the event it is about, who acted (their
/// profession) and the document's title.
public struct Notice: Sendable, Equatable {
    public var notification: Notification
    public var event: AccessEvent
    /// The actor's profession (a `Profession` raw value) or, for an establishment, its kind.
    public var profession: String?
    public var specialty: String?
    /// The document the event is about, while it is in the record.
    public var document: DocumentMention?
    /// The record (patient) it concerns, when read from a store: a carnet holds several.
    public var patientId: Int64?

    public init(
        notification: Notification, event: AccessEvent, profession: String? = nil, specialty: String? = nil,
        document: DocumentMention? = nil, patientId: Int64? = nil
    ) {
        self.notification = notification
        self.event = event
        self.profession = profession
        self.specialty = specialty
        self.document = document
        self.patientId = patientId
    }

    public var id: Int64 { notification.id }
    public var kind: Notification.Kind { notification.kind }
}

/// A document named by a notification: enough to say it and to find it in the list.
public struct DocumentMention: Sendable, Equatable {
    public var id: Int64
    public var title: String
    /// The date of the act: the document's place in the newest-first list.
    public var date: Date

    public init(id: Int64, title: String, date: Date) {
        self.id = id
        self.title = title
        self.date = date
    }
}

extension AccessEvent {
    /// The document the event acted on, when its target is `document ID`.
    public var documentId: Int64? {
        guard target.hasPrefix("document ") else { return nil }
        return Int64(target.dropFirst("document ".count))
    }
}

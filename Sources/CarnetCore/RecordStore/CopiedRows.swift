import Foundation

// Copying a record: ids kept. One patient's rows as a store keeps them, read from one store
// (`RecordReader.forEachCopied…`) and written into another with the same ids
// (`RecordWriter.insertCopied…`): the access history's chain names each event's previous id,
// events' targets name documents ("document 12"), notifications name their events and import
// sources their items, so every one of those ids must stay what it was. See `RecordCopy`.

/// A patient's consent settings as kept, with the time the space was closed.
public struct CopiedSettings: Sendable, Equatable {
    public var treatingDoctorRpps: String?
    public var samuEmergency: Bool
    public var anyEmergency: Bool
    public var maskedEmergency: Bool
    public var closedAt: Date?

    public init(
        treatingDoctorRpps: String?, samuEmergency: Bool, anyEmergency: Bool, maskedEmergency: Bool,
        closedAt: Date?
    ) {
        self.treatingDoctorRpps = treatingDoctorRpps
        self.samuEmergency = samuEmergency
        self.anyEmergency = anyEmergency
        self.maskedEmergency = maskedEmergency
        self.closedAt = closedAt
    }
}

/// A document's header with its id, and the words its search reads.
public struct CopiedDocument: Sendable, Equatable {
    public var id: Int64
    public var category: DocumentCategory
    public var title: String
    public var author: Author
    /// An author known by name only (imported without an RPPS or FINESS).
    public var authorName: String?
    public var date: Date
    public var deposited: Date
    public var masked: Bool
    public var hiddenFromLegalRepresentatives: Bool
    /// What the search finds the document by. Copied as it is: a PDF's text was read once,
    /// when the document was added, by a tool the destination's machine may not have.
    public var search: DocumentSearchText

    public init(
        id: Int64, category: DocumentCategory, title: String, author: Author, authorName: String?, date: Date,
        deposited: Date, masked: Bool, hiddenFromLegalRepresentatives: Bool, search: DocumentSearchText
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.author = author
        self.authorName = authorName
        self.date = date
        self.deposited = deposited
        self.masked = masked
        self.hiddenFromLegalRepresentatives = hiddenFromLegalRepresentatives
        self.search = search
    }
}

/// The title, author name and text a document is searched by.
public struct DocumentSearchText: Sendable, Equatable {
    public var title: String
    public var author: String
    public var body: String

    public init(title: String, author: String, body: String) {
        self.title = title
        self.author = author
        self.body = body
    }
}

/// One version of a document, content included.
public struct CopiedVersion: Sendable, Equatable {
    public var documentId: Int64
    public var version: Int
    public var author: Author
    public var created: Date
    public var mediaType: MediaType
    public var content: Data

    public init(
        documentId: Int64, version: Int, author: Author, created: Date, mediaType: MediaType, content: Data
    ) {
        self.documentId = documentId
        self.version = version
        self.author = author
        self.created = created
        self.mediaType = mediaType
        self.content = content
    }
}

/// A reading with its id, its code and unit as stored, and who took it.
public struct CopiedReading: Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var value: Double
    public var unit: String
    public var at: Date
    public var source: MeasurementSource

    public init(id: Int64, code: String, value: Double, unit: String, at: Date, source: MeasurementSource) {
        self.id = id
        self.code = code
        self.value = value
        self.unit = unit
        self.at = at
        self.source = source
    }
}

/// An access event as written: its hashed content, its hash and the event it follows. The
/// destination keeps all three as they are: the chain is copied, never recomputed.
public struct CopiedEvent: Sendable, Equatable {
    public var id: Int64
    public var content: AccessEventContent
    public var hash: Data
    public var previousId: Int64?

    public init(id: Int64, content: AccessEventContent, hash: Data, previousId: Int64?) {
        self.id = id
        self.content = content
        self.hash = hash
        self.previousId = previousId
    }
}

/// A notification with the hash of its event as it was when the patient was told.
public struct CopiedNotification: Sendable, Equatable {
    public var notification: Notification
    public var eventHash: Data?

    public init(notification: Notification, eventHash: Data?) {
        self.notification = notification
        self.eventHash = eventHash
    }
}

/// Where an imported item came from (see `RecordWriter.rememberSource`).
public struct CopiedImportSource: Sendable, Equatable {
    public var source: String
    public var part: String
    public var item: ImportedItem

    public init(source: String, part: String, item: ImportedItem) {
        self.source = source
        self.part = part
        self.item = item
    }
}

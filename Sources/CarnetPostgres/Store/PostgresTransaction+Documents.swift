import CarnetCore
import Foundation
import PostgresNIO

/// Writes of documents, their versions and the words they are searched by (`documentSearch`,
/// whose `words` the server derives).
extension PostgresTransaction {
    @discardableResult
    public func addDocument(_ document: NewDocument, patient: Int64) throws -> Int64 {
        let title = try WriterChecks.documentTitle(document.title)
        let (kind, rpps, finess) = document.author.columns
        let id = try session.value(
            """
            INSERT INTO document(patientId, category, title, authorKind, authorRpps, authorFiness, actDate,
                depositedAt, masked, authorName)
            VALUES (\(patient), \(document.category.code), \(title), \(kind), \(rpps), \(finess),
                \(document.date.unixSeconds), \(document.deposited.unixSeconds), \(Self.flag(document.masked)),
                \(document.authorName))
            RETURNING id
            """, as: Int64.self)!
        try insertVersion(
            document: id, version: 1, author: document.author, at: document.deposited,
            mediaType: document.mediaType, content: document.content)
        let body = WriterChecks.searchBody(document.text, content: document.content, document.mediaType)
        try session.run(
            """
            INSERT INTO documentSearch(documentId, title, author, body)
            SELECT d.id, d.title, COALESCE(pr.name, es.name, d.authorName, pa.name), \(body) FROM document d
            JOIN patient pa ON pa.id = d.patientId
            LEFT JOIN professional pr ON pr.rpps = d.authorRpps
            LEFT JOIN establishment es ON es.finess = d.authorFiness
            WHERE d.id = \(id)
            """)
        return id
    }

    /// Removes a document; its versions and search words go with it (ON DELETE CASCADE).
    public func deleteDocument(_ id: Int64) throws {
        guard try changed("DELETE FROM document WHERE id = \(id) RETURNING 1") == 1 else {
            throw StoreError.rule(.ruleNoDocument, [String(id)])
        }
    }

    public func setMasked(document: Int64, masked: Bool) throws {
        guard
            try changed(
                "UPDATE document SET masked = \(Self.flag(masked)) WHERE id = \(document) RETURNING 1") == 1
        else { throw StoreError.rule(.ruleNoDocument, [String(document)]) }
    }

    /// Adds the next version of a document; its text (read from the content, or `text` for
    /// a PDF) replaces the previous version's in the search.
    public func addVersion(
        document: Int64, author: Author, at: Date, mediaType: MediaType, content: Data, text: String?
    ) throws {
        guard
            let last = try session.value(
                "SELECT max(version)::bigint FROM documentVersion WHERE documentId = \(document)",
                as: Int64?.self)
                ?? nil
        else { throw StoreError.rule(.ruleNoDocument, [String(document)]) }
        try insertVersion(
            document: document, version: last + 1, author: author, at: at, mediaType: mediaType,
            content: content)
        let body = WriterChecks.searchBody(text, content: content, mediaType)
        try session.run("UPDATE documentSearch SET body = \(body) WHERE documentId = \(document)")
    }

    /// Writes a document's header (category, title, date of the act, masking) over the stored
    /// one; its content changes through `addVersion`.
    public func updateDocumentHeader(_ id: Int64, _ document: NewDocument) throws {
        try session.run(
            """
            UPDATE document SET category = \(document.category.code), title = \(document.title),
                actDate = \(document.date.unixSeconds), masked = \(Self.flag(document.masked)),
                authorName = \(document.authorName)
            WHERE id = \(id)
            """)
        try session.run("UPDATE documentSearch SET title = \(document.title) WHERE documentId = \(id)")
    }

    private func insertVersion(
        document: Int64, version: Int64, author: Author, at: Date, mediaType: MediaType, content: Data
    ) throws {
        try WriterChecks.versionContent(content, author: author)
        let (kind, rpps, finess) = author.columns
        try session.run(
            """
            INSERT INTO documentVersion(documentId, version, authorKind, authorRpps, authorFiness, createdAt,
                mediaType, size, content)
            VALUES (\(document), \(version), \(kind), \(rpps), \(finess), \(at.unixSeconds),
                \(mediaType.rawValue), \(Int64(content.count)), \(content))
            """)
    }
}

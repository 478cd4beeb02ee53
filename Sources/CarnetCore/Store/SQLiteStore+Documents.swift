import Foundation
import GRDB

extension SQLiteStore {
    /// A page of a patient's documents, newest act first, optionally filtered by category
    /// and by words (see `DocumentFilter`). Each page is one range scan of `document_by_date`
    /// (or `document_by_category`), the words checked against the full-text index.
    public func documents(
        of patient: Int64, matching filter: DocumentFilter = .all, page: PageRequest = .first, limit: Int
    ) throws -> [DocumentSummary] {
        try reading { db in
            try Self.documentQuery(patient, filter).fetch(db, page, limit: limit).map(Self.documentSummary)
        }
    }

    /// How many documents match: one indexed count (asked when the filter changes).
    public func documentCount(of patient: Int64, matching filter: DocumentFilter = .all) throws -> Int {
        if filter.isEmpty { return try count("document", patient: patient) }
        let query = Self.documentQuery(patient, filter)
        return try reading { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM document d WHERE \(query.filter)", arguments: query.arguments)
                ?? 0
        }
    }

    /// One of the patient's documents, or nil.
    public func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary? {
        try reading { db in try Self.document(id, of: patient, db) }
    }

    /// The versions of a document, newest first.
    public func documentVersions(of id: Int64) throws -> [DocumentVersionInfo] {
        try reading { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT v.version, v.authorKind, v.authorRpps, v.authorFiness, v.createdAt,
                        v.mediaType, v.size, COALESCE(pr.name, es.name, d.authorName, pa.name) AS authorName
                    FROM documentVersion v
                    JOIN document d ON d.id = v.documentId
                    JOIN patient pa ON pa.id = d.patientId
                    LEFT JOIN professional pr ON pr.rpps = v.authorRpps
                    LEFT JOIN establishment es ON es.finess = v.authorFiness
                    WHERE v.documentId = ? ORDER BY v.version DESC
                    """,
                arguments: [id]
            ).map { row in
                DocumentVersionInfo(
                    version: row["version"], author: Self.author(row), authorName: row["authorName"],
                    created: Date(unixSeconds: row["createdAt"]),
                    mediaType: MediaType(rawValue: row["mediaType"]) ?? .text, size: row["size"])
            }
        }
    }

    /// The content of one version of a document.
    public func documentContent(_ id: Int64, version: Int) throws -> Data? {
        try reading { db in
            try Data.fetchOne(
                db, sql: "SELECT content FROM documentVersion WHERE documentId = ? AND version = ?",
                arguments: [id, version])
        }
    }

    /// Streams a patient's documents, newest first, without loading them all.
    public func forEachDocument(
        of patient: Int64, limit: Int? = nil, _ body: (DocumentSummary) throws -> Void
    ) throws {
        try reading { db in
            var sql = Self.documentSelect + " WHERE d.patientId = ? ORDER BY d.actDate DESC, d.id DESC"
            var arguments: StatementArguments = [patient]
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { try body(Self.documentSummary(row)) }
        }
    }

    static func documentQuery(_ patient: Int64, _ filter: DocumentFilter) -> KeysetQuery {
        var conditions = ["d.patientId = ?"]
        var arguments: StatementArguments = [patient]
        if let category = filter.category {
            conditions.append("d.category = ?")
            arguments += [category.code]
        }
        if let match = filter.matchExpression {
            conditions.append("d.id IN (SELECT rowid FROM documentSearch WHERE documentSearch MATCH ?)")
            arguments += [match]
        }
        return KeysetQuery(
            select: documentSelect, filter: conditions.joined(separator: " AND "), arguments: arguments,
            time: "d.actDate", id: "d.id")
    }

    static func document(_ id: Int64, of patient: Int64, _ db: Database) throws -> DocumentSummary? {
        try Row.fetchOne(
            db, sql: documentSelect + " WHERE d.patientId = ? AND d.id = ?", arguments: [patient, id]
        ).map(documentSummary)
    }

    static let documentSelect = RecordSQL.documentSelect

    static func documentSummary(_ row: Row) -> DocumentSummary {
        DocumentSummary(
            id: row["id"], title: row["title"],
            category: DocumentCategory(code: row["category"]) ?? .other, author: author(row),
            authorName: row["authorName"], date: Date(unixSeconds: row["actDate"]),
            deposited: Date(unixSeconds: row["depositedAt"]), masked: row["masked"],
            versionCount: row["versionCount"])
    }

    /// The author of a document or version row (`authorKind`, `authorRpps`, `authorFiness`).
    static func author(_ row: Row) -> Author {
        switch row["authorKind"] as String {
        case "professional": .professional(rpps: row["authorRpps"])
        case "establishment": .establishment(finess: row["authorFiness"])
        default: .patient
        }
    }
}

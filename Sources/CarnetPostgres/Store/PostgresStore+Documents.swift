import CarnetCore
import Foundation
import PostgresNIO

/// A patient's documents, as `SQLiteStore+Documents` reads them: keyset pages of
/// `document_by_date` (or `document_by_category`), the typed words matched against
/// `documentSearch` (accents folded, French and English stems; see `PostgresSchema+Search`).
extension PostgresStore: DocumentQueries {
    public func documents(
        of patient: Int64, matching filter: DocumentFilter, page: PageRequest, limit: Int
    ) throws -> [DocumentSummary] {
        try reading { session in
            try Self.documentList(patient, filter).fetch(session, page, limit: limit).map(
                Self.documentSummary)
        }
    }

    /// How many documents match: one count on the list's index.
    public func documentCount(of patient: Int64, matching filter: DocumentFilter) throws -> Int {
        try reading { session in try Self.documentList(patient, filter).count(session) }
    }

    public func documentPosition(of key: PageKey, patient: Int64, matching filter: DocumentFilter) throws
        -> Int
    {
        try reading { session in try Self.documentList(patient, filter).position(of: key, session) }
    }

    public func document(_ id: Int64, of patient: Int64) throws -> DocumentSummary? {
        try reading { session in try Self.document(id, of: patient, session) }
    }

    /// The versions of a document, newest first.
    public func documentVersions(of id: Int64) throws -> [DocumentVersionInfo] {
        try reading { session in
            try session.rows(
                """
                SELECT v.version, v.authorKind, v.authorRpps, v.authorFiness, v.createdAt, v.mediaType, v.size,
                    coalesce(pr.name, es.name, d.authorName, pa.name) AS authorName
                FROM documentVersion v
                JOIN document d ON d.id = v.documentId
                JOIN patient pa ON pa.id = d.patientId
                LEFT JOIN professional pr ON pr.rpps = v.authorRpps
                LEFT JOIN establishment es ON es.finess = v.authorFiness
                WHERE v.documentId = \(id) ORDER BY v.version DESC
                """
            ).map { row in
                DocumentVersionInfo(
                    version: Int(try row["version"] as Int32), author: try Self.author(row),
                    authorName: try row["authorName"], created: try row.date("createdAt"),
                    mediaType: MediaType(rawValue: try row["mediaType"]) ?? .text,
                    size: Int(try row["size"] as Int64))
            }
        }
    }

    public func documentContent(_ id: Int64, version: Int) throws -> Data? {
        try reading { session in
            try session.value(
                "SELECT content FROM documentVersion WHERE documentId = \(id) AND version = \(Int32(clamping: version))",
                as: Data.self)
        }
    }

    /// Every document newest first, a keyset page at a time in one read transaction: one
    /// moment of the record, and memory for one page.
    public func forEachDocument(of patient: Int64, limit: Int?, _ body: (DocumentSummary) throws -> Void)
        throws
    {
        try readTransaction { transaction in
            let list = Self.documentList(patient, .all)
            try PageRequest.walk(
                limit: limit, pageSize: Self.streamPage,
                read: { page, size in
                    try list.fetch(transaction.session, page, limit: size).map(Self.documentSummary)
                },
                key: { PageKey(date: $0.date, id: $0.id) }, body)
        }
    }

    // MARK: - Shared with the transaction's reads

    /// Rows a streaming read takes from the server at a time.
    static let streamPage = 1_000

    static func documentList(_ patient: Int64, _ filter: DocumentFilter) -> PostgresKeyset {
        var statement = PostgresStatement()
        var conditions = ["d.patientId = \(statement.bind(patient))"]
        if let category = filter.category {
            conditions.append("d.category = \(statement.bind(category.code))")
        }
        let words = filter.words
        if !words.isEmpty {
            conditions.append(
                "d.id IN (SELECT documentId FROM documentSearch WHERE words @@ carnet_search_query(\(statement.bind(words))::text[]))"
            )
        }
        statement.sql = conditions.joined(separator: " AND ")
        return PostgresKeyset(
            select: documentSelect, table: "document d", filter: statement, time: "d.actDate", id: "d.id")
    }

    static func document(_ id: Int64, of patient: Int64, _ session: PostgresSession) throws
        -> DocumentSummary?
    {
        try session.row("\(unescaped: documentSelect) WHERE d.patientId = \(patient) AND d.id = \(id)")
            .map(documentSummary)
    }
}

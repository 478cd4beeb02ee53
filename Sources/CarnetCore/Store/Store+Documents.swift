import Foundation
import GRDB

extension Store {
    /// A page of a patient's documents, newest act first.
    public func documents(
        of patient: Int64, page: PageRequest = .first, limit: Int
    ) throws -> [DocumentSummary] {
        try read { db in
            try KeysetQuery(
                select: Self.documentSelect, filter: "d.patientId = ?", arguments: [patient],
                time: "d.actDate", id: "d.id"
            ).fetch(db, page, limit: limit).map(Self.documentSummary)
        }
    }

    /// How many documents a patient has.
    public func documentCount(of patient: Int64) throws -> Int {
        try count("document", patient: patient)
    }

    /// Streams a patient's documents, newest first, without loading them all.
    public func forEachDocument(
        of patient: Int64, limit: Int? = nil, _ body: (DocumentSummary) throws -> Void
    ) throws {
        try read { db in
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

    static let documentSelect = """
        SELECT d.id, d.title, d.category, d.authorKind, d.authorRpps, d.authorFiness,
            d.actDate, d.depositedAt, d.masked,
            COALESCE(pr.name, es.name, pa.name) AS authorName,
            (SELECT count(*) FROM documentVersion v WHERE v.documentId = d.id) AS versionCount
        FROM document d
        JOIN patient pa ON pa.id = d.patientId
        LEFT JOIN professional pr ON pr.rpps = d.authorRpps
        LEFT JOIN establishment es ON es.finess = d.authorFiness
        """

    static func documentSummary(_ row: Row) -> DocumentSummary {
        let author: Author =
            switch row["authorKind"] as String {
            case "professional": .professional(rpps: row["authorRpps"])
            case "establishment": .establishment(finess: row["authorFiness"])
            default: .patient
            }
        return DocumentSummary(
            id: row["id"], title: row["title"],
            category: DocumentCategory(code: row["category"]) ?? .other, author: author,
            authorName: row["authorName"], date: Date(unixSeconds: row["actDate"]),
            deposited: Date(unixSeconds: row["depositedAt"]), masked: row["masked"],
            versionCount: row["versionCount"])
    }
}

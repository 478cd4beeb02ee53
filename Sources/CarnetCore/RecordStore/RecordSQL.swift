/// SQL both stores read the same way: PostgreSQL's schema mirrors SQLite's tables and column
/// names (`PostgresSchema`), so what is not a matter of dialect is said here once.
public enum RecordSQL {
    /// A document's header with its author's name and its number of versions; a caller adds
    /// its WHERE and ORDER BY.
    public static let documentSelect = """
        SELECT d.id, d.title, d.category, d.authorKind, d.authorRpps, d.authorFiness,
            d.actDate, d.depositedAt, d.masked,
            COALESCE(pr.name, es.name, d.authorName, pa.name) AS authorName,
            (SELECT count(*) FROM documentVersion v WHERE v.documentId = d.id) AS versionCount
        FROM document d
        JOIN patient pa ON pa.id = d.patientId
        LEFT JOIN professional pr ON pr.rpps = d.authorRpps
        LEFT JOIN establishment es ON es.finess = d.authorFiness
        """

    /// The `recordSettings` column of an emergency switch.
    public static func column(of which: EmergencySwitch) -> String {
        switch which {
        case .samu: "samuEmergency"
        case .any: "anyEmergency"
        case .masked: "maskedEmergency"
        }
    }

    /// The columns a copy writes, ids included (`RecordWriter.insertCopied…`), and those of an
    /// appended event; each store binds the values in this order.
    public static let copiedDocumentColumns = [
        "id", "patientId", "category", "title", "authorKind", "authorRpps", "authorFiness", "actDate",
        "depositedAt", "masked", "hiddenFromLegalRepresentatives", "authorName",
    ]
    public static let copiedVersionColumns = [
        "documentId", "version", "authorKind", "authorRpps", "authorFiness", "createdAt", "mediaType", "size",
        "content",
    ]
    public static let copiedVaccinationColumns = [
        "id", "patientId", "administeredAt", "vaccine", "diseases", "kind", "lotNumber", "vaccinator",
        "vaccinatorRpps", "requirement", "enteredBy",
    ]
    public static let copiedProfileColumns = [
        "id", "patientId", "section", "label", "detail", "startAt", "endAt", "relative", "contactRole",
        "phone",
    ]
    public static let copiedReadingColumns = ["id", "patientId", "code", "value", "unit", "at", "source"]
    public static let eventColumns = [
        "id", "patientId", "at", "actorType", "actorId", "actorName", "action", "target", "outcome",
        "emergency", "reason", "hash", "previousId",
    ]
    public static let copiedNotificationColumns = [
        "id", "patientId", "eventId", "kind", "createdAt", "readAt", "documentId", "eventHash",
    ]
}

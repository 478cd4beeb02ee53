import GRDB

/// Where a row stands in a newest-first list: how many rows come before it. A list read
/// again after the record changed finds its focused row by this, however deep it is. Each is
/// one count over the index the list's pages read, with the list's own filter.
extension SQLiteStore {
    public func documentPosition(
        of key: PageKey, patient: Int64, matching filter: DocumentFilter = .all
    ) throws -> Int {
        try position(of: key, Self.documentQuery(patient, filter), from: "document d")
    }

    public func vaccinationPosition(of key: PageKey, patient: Int64, disease: String? = nil) throws -> Int {
        try position(of: key, Self.vaccinationQuery(patient, disease), from: "vaccination")
    }

    public func measurementPosition(of key: PageKey, patient: Int64, type: MeasurementType) throws -> Int {
        let (filter, arguments) = Self.seriesFilter(patient, type)
        return try position(
            of: key, KeysetQuery(select: "", filter: filter, arguments: arguments, time: "at", id: "id"),
            from: "measurement")
    }

    /// In the history oldest first when `oldestFirst`; from the kept per-day counts, so that
    /// the deepest row of a million costs what the first does.
    public func accessEventPosition(
        of key: PageKey, patient: Int64, matching filter: AccessHistoryFilter, oldestFirst: Bool = false
    ) throws -> Int {
        try reading { db in
            try Self.keptAccessPosition(db, of: key, patient, filter, newestFirst: !oldestFirst)
        }
    }

    public func noticePosition(of key: PageKey, patient: Int64, unreadOnly: Bool = false) throws -> Int {
        try position(of: key, Self.noticeQuery(patient, unreadOnly: unreadOnly), from: "notification n")
    }

    private func position(
        of key: PageKey, _ query: KeysetQuery, from table: String, newestFirst: Bool = true
    ) throws -> Int {
        try reading { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM \(table)
                    WHERE \(query.filter) AND (\(query.time), \(query.id)) \(newestFirst ? ">" : "<") (?, ?)
                    """,
                arguments: query.arguments + [key.date.unixSeconds, key.id]) ?? 0
        }
    }
}

import GRDB

/// Where a row stands in a newest-first list: how many rows come before it. A list read
/// again after the record changed finds its focused row by this, however deep it is.
extension Store {
    public func documentPosition(of key: PageKey, patient: Int64) throws -> Int {
        try position(of: key, in: "document", filter: "patientId = ?", [patient], time: "actDate")
    }

    public func vaccinationPosition(of key: PageKey, patient: Int64) throws -> Int {
        try position(of: key, in: "vaccination", filter: "patientId = ?", [patient], time: "administeredAt")
    }

    public func measurementPosition(of key: PageKey, patient: Int64, type: MeasurementType) throws -> Int {
        let (filter, arguments) = Self.seriesFilter(patient, type)
        return try position(of: key, in: "measurement", filter: filter, arguments, time: "at")
    }

    /// In the history oldest first when `oldestFirst`.
    public func accessEventPosition(
        of key: PageKey, patient: Int64, matching filter: AccessHistoryFilter, oldestFirst: Bool = false
    ) throws -> Int {
        let query = Self.accessQuery(patient, filter)
        return try position(
            of: key, in: "accessEvent", filter: query.filter, query.arguments, time: "at",
            newestFirst: !oldestFirst)
    }

    public func noticePosition(of key: PageKey, patient: Int64, unreadOnly: Bool = false) throws -> Int {
        try position(
            of: key, in: "notification", filter: "patientId = ?" + (unreadOnly ? " AND readAt IS NULL" : ""),
            [patient], time: "createdAt")
    }

    /// One count over the index the list's pages read.
    private func position(
        of key: PageKey, in table: String, filter: String, _ arguments: StatementArguments, time: String,
        newestFirst: Bool = true
    ) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM \(table) WHERE \(filter) AND (\(time), id) \(newestFirst ? ">" : "<") (?, ?)",
                arguments: arguments + [key.date.unixSeconds, key.id]) ?? 0
        }
    }
}

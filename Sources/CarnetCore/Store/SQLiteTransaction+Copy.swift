import Foundation
import GRDB

/// Copying a record: ids kept. Rows go in with the ids they had, a hundred per statement as
/// the history's own writer does; before each batch one indexed range query says whether
/// the destination already uses any of its ids. The readings' roll-up and counts follow by
/// their triggers; the history's day counts and the notifications' counts are kept here.
extension SQLiteTransaction {
    public func insertCopiedPatient(_ patient: Patient, settings: CopiedSettings) throws {
        try WriterChecks.copiedPatient(
            patient,
            idHolder: { id in
                try String.fetchOne(db, sql: "SELECT name FROM patient WHERE id = ?", arguments: [id])
            },
            insHolder: { ins in
                try String.fetchOne(db, sql: "SELECT name FROM patient WHERE ins = ?", arguments: [ins])
            },
            ownHolder: { try String.fetchOne(db, sql: "SELECT name FROM patient WHERE relation = 'self'") })
        try db.execute(
            sql: """
                INSERT INTO patient(id, name, birthDate, ins, createdAt, relation, sex) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                patient.id, patient.name, patient.birthDate, patient.ins, patient.createdAt.unixSeconds,
                patient.relation.rawValue, patient.sex?.rawValue,
            ])
        try db.execute(
            sql: """
                INSERT INTO recordSettings(patientId, treatingDoctorRpps, samuEmergency, anyEmergency,
                    maskedEmergency, closedAt) VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                patient.id, settings.treatingDoctorRpps, settings.samuEmergency, settings.anyEmergency,
                settings.maskedEmergency, settings.closedAt?.unixSeconds,
            ])
    }

    public func insertCopiedDocuments(_ documents: [CopiedDocument], patient: Int64) throws {
        try refuseUsedIds(documents.map(\.id), in: "document", phrase: .copyDocumentTaken)
        try insertRows(
            into: "document",
            columns: RecordSQL.copiedDocumentColumns,
            documents.map { document in
                let (kind, rpps, finess) = document.author.columns
                return Self.values(
                    document.id, patient, document.category.code, document.title, kind, rpps, finess,
                    document.date.unixSeconds, document.deposited.unixSeconds, document.masked,
                    document.hiddenFromLegalRepresentatives, document.authorName,
                )
            })
        let search = try db.cachedStatement(
            sql: "INSERT INTO documentSearch(rowid, title, author, body) VALUES (?, ?, ?, ?)")
        for document in documents {
            try search.execute(arguments: [
                document.id, document.search.title, document.search.author, document.search.body,
            ])
        }
    }

    public func insertCopiedVersions(_ versions: [CopiedVersion]) throws {
        try insertRows(
            into: "documentVersion",
            columns: RecordSQL.copiedVersionColumns,
            versions.map { version in
                let (kind, rpps, finess) = version.author.columns
                return Self.values(
                    version.documentId, version.version, kind, rpps, finess, version.created.unixSeconds,
                    version.mediaType.rawValue, version.content.count, version.content,
                )
            })
    }

    public func insertCopiedVaccinations(_ vaccinations: [Vaccination], patient: Int64) throws {
        try refuseUsedIds(vaccinations.map(\.id), in: "vaccination", phrase: .copyVaccinationTaken)
        try insertRows(
            into: "vaccination",
            columns: RecordSQL.copiedVaccinationColumns,
            try vaccinations.map { vaccination in
                let diseases = try WriterChecks.diseasesJSON(vaccination)
                return Self.values(
                    vaccination.id, patient, vaccination.date.unixSeconds, vaccination.vaccine, diseases,
                    vaccination.kind.rawValue, vaccination.lotNumber, vaccination.vaccinator,
                    vaccination.vaccinatorRpps, vaccination.requirement.rawValue,
                    vaccination.enteredBy.rawValue,
                )
            })
    }

    public func insertCopiedProfileEntries(_ entries: [ProfileEntry], patient: Int64) throws {
        try refuseUsedIds(entries.map(\.id), in: "profileEntry", phrase: .copyProfileTaken)
        try insertRows(
            into: "profileEntry",
            columns: RecordSQL.copiedProfileColumns,
            entries.map { entry in
                Self.values(
                    entry.id, patient, entry.section.rawValue, entry.label, entry.detail,
                    entry.start?.unixSeconds,
                    entry.end?.unixSeconds, entry.relative, entry.contactRole?.rawValue, entry.phone,
                )
            })
    }

    public func insertCopiedReadings(_ readings: [CopiedReading], patient: Int64) throws {
        try refuseUsedIds(readings.map(\.id), in: "measurement", phrase: .copyReadingTaken)
        try insertRows(
            into: "measurement", columns: RecordSQL.copiedReadingColumns,
            readings.map { reading in
                [
                    reading.id.databaseValue, patient.databaseValue, reading.code.databaseValue,
                    reading.value.databaseValue, reading.unit.databaseValue,
                    reading.at.unixSeconds.databaseValue,
                    reading.source.rawValue.databaseValue,
                ]
            })
    }

    public func insertCopiedEvents(_ events: [CopiedEvent], patient: Int64) throws {
        guard let last = events.last else { return }
        try refuseUsedIds(events.map(\.id), in: "accessEvent", phrase: .copyEventTaken)
        try insertRows(
            into: "accessEvent", columns: Self.eventColumns,
            events.map { event in
                let content = event.content
                return [
                    event.id.databaseValue, patient.databaseValue, content.at.databaseValue,
                    content.actorType.databaseValue, content.actorId.databaseValue,
                    content.actorName.databaseValue,
                    content.action.databaseValue, content.target.databaseValue, content.outcome.databaseValue,
                    content.emergency.databaseValue, content.reason.databaseValue, event.hash.databaseValue,
                    event.previousId.databaseValue,
                ]
            })
        try countByDay(
            events.map { ($0.content.at, $0.content.actorId, $0.content.action) }, patient: patient)
        // An event appended later in this transaction follows the last one copied.
        chainTips.remember(ChainTip(id: last.id, hash: last.hash), of: patient)
    }

    public func insertCopiedNotifications(_ notifications: [CopiedNotification], patient: Int64) throws {
        try refuseUsedIds(
            notifications.map(\.notification.id), in: "notification", phrase: .copyNotificationTaken)
        try insertRows(
            into: "notification",
            columns: RecordSQL.copiedNotificationColumns,
            notifications.map { copied in
                let notification = copied.notification
                return Self.values(
                    notification.id, patient, notification.eventId, notification.kind.rawValue,
                    notification.createdAt.unixSeconds, notification.readAt?.unixSeconds,
                    notification.documentId,
                    copied.eventHash
                )
            })
        var counts: [String: (notices: Int, unread: Int)] = [:]
        for copied in notifications {
            let kind = copied.notification.kind.rawValue
            counts[kind, default: (0, 0)].notices += 1
            if copied.notification.unread { counts[kind, default: (0, 0)].unread += 1 }
        }
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO notificationCount(patientId, kind, notices, unread) VALUES (?, ?, ?, ?)
                ON CONFLICT(patientId, kind) DO UPDATE SET
                    notices = notices + excluded.notices, unread = unread + excluded.unread
                """)
        for (kind, count) in counts {
            try upsert.execute(arguments: [patient, kind, count.notices, count.unread])
        }
    }

    // MARK: - Helpers

    /// Refuses the batch when the table already has one of its ids: one range scan of the
    /// primary key between the batch's lowest and highest id.
    private func refuseUsedIds(_ ids: [Int64], in table: String, phrase: Phrase) throws {
        try WriterChecks.refuseUsedIds(ids, phrase: phrase) { low, high in
            try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM \(table) WHERE id BETWEEN ? AND ? ORDER BY id"),
                arguments: [low, high])
        }
    }

    /// A row's values; nil is NULL.
    private static func values(_ items: (any DatabaseValueConvertible)?...) -> [DatabaseValue] {
        items.map { $0?.databaseValue ?? .null }
    }

    /// Inserts rows of `columns.count` values each, `rowsPerInsert` per statement.
    private func insertRows(into table: String, columns: [String], _ rows: [[DatabaseValue]]) throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + Self.rowsPerInsert, rows.endIndex)
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            let statement = try db.cachedStatement(
                sql: "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
                    + Array(repeating: row, count: end - start).joined(separator: ", "))
            try statement.execute(arguments: StatementArguments(rows[start..<end].flatMap { $0 }))
            start = end
        }
    }
}

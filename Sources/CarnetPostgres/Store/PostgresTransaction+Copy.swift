import CarnetCore
import Foundation
import PostgresNIO

/// Copying a record: ids kept (see `RecordWriter.insertCopied…`). Rows go in with the ids
/// they had, a few hundred per statement; before each batch one indexed range query says
/// whether the destination already uses any of its ids. Explicit ids do not move an
/// identity's sequence, so after each batch the table's sequence is moved past them: the
/// next ordinary insert gets a fresh id. Kept counts follow by the schema's triggers.
extension PostgresTransaction {
    public func insertCopiedPatient(_ patient: Patient, settings: CopiedSettings) throws {
        try WriterChecks.copiedPatient(
            patient,
            idHolder: { id in try session.value("SELECT name FROM patient WHERE id = \(id)", as: String.self)
            },
            insHolder: { ins in
                try session.value("SELECT name FROM patient WHERE ins = \(ins)", as: String.self)
            },
            ownHolder: {
                try session.value("SELECT name FROM patient WHERE relation = 'self'", as: String.self)
            })
        try session.run(
            """
            INSERT INTO patient(id, name, birthDate, ins, createdAt, relation, sex)
            VALUES (\(patient.id), \(patient.name), \(patient.birthDate), \(patient.ins),
                \(patient.createdAt.unixSeconds), \(patient.relation.rawValue), \(patient.sex?.rawValue))
            """)
        try session.run(
            """
            INSERT INTO recordSettings(patientId, treatingDoctorRpps, samuEmergency, anyEmergency,
                maskedEmergency, closedAt)
            VALUES (\(patient.id), \(settings.treatingDoctorRpps), \(Self.flag(settings.samuEmergency)),
                \(Self.flag(settings.anyEmergency)), \(Self.flag(settings.maskedEmergency)),
                \(settings.closedAt?.unixSeconds))
            """)
        try moveSequence(of: "patient", past: [patient.id])
    }

    public func insertCopiedDocuments(_ documents: [CopiedDocument], patient: Int64) throws {
        try refuseUsedIds(documents.map(\.id), in: "document", phrase: .copyDocumentTaken)
        try insertRows(
            into: "document",
            columns: RecordSQL.copiedDocumentColumns, documents
        ) { document, statement in
            let (kind, rpps, finess) = document.author.columns
            return [
                statement.bind(document.id), statement.bind(patient), statement.bind(document.category.code),
                statement.bind(document.title), statement.bind(kind), statement.bind(rpps),
                statement.bind(finess),
                statement.bind(document.date.unixSeconds), statement.bind(document.deposited.unixSeconds),
                statement.bind(Self.flag(document.masked)),
                statement.bind(Self.flag(document.hiddenFromLegalRepresentatives)),
                statement.bind(document.authorName),
            ]
        }
        try insertRows(into: "documentSearch", columns: ["documentId", "title", "author", "body"], documents)
        {
            document, statement in
            [
                statement.bind(document.id), statement.bind(document.search.title),
                statement.bind(document.search.author), statement.bind(document.search.body),
            ]
        }
        try moveSequence(of: "document", past: documents.map(\.id))
    }

    /// Versions keep their document and number; their own row ids are new (nothing names them).
    public func insertCopiedVersions(_ versions: [CopiedVersion]) throws {
        try insertRows(
            into: "documentVersion",
            columns: RecordSQL.copiedVersionColumns, versions, perStatement: 20
        ) { version, statement in
            let (kind, rpps, finess) = version.author.columns
            return try [
                statement.bind(version.documentId), statement.bind(Int64(version.version)),
                statement.bind(kind),
                statement.bind(rpps), statement.bind(finess), statement.bind(version.created.unixSeconds),
                statement.bind(version.mediaType.rawValue), statement.bind(Int64(version.content.count)),
                statement.bind(version.content),
            ]
        }
    }

    public func insertCopiedVaccinations(_ vaccinations: [Vaccination], patient: Int64) throws {
        try refuseUsedIds(vaccinations.map(\.id), in: "vaccination", phrase: .copyVaccinationTaken)
        try insertRows(
            into: "vaccination",
            columns: RecordSQL.copiedVaccinationColumns, vaccinations
        ) { vaccination, statement in
            [
                statement.bind(vaccination.id), statement.bind(patient),
                statement.bind(vaccination.date.unixSeconds), statement.bind(vaccination.vaccine),
                statement.bind(try WriterChecks.diseasesJSON(vaccination)),
                statement.bind(vaccination.kind.rawValue),
                statement.bind(vaccination.lotNumber), statement.bind(vaccination.vaccinator),
                statement.bind(vaccination.vaccinatorRpps), statement.bind(vaccination.requirement.rawValue),
                statement.bind(vaccination.enteredBy.rawValue),
            ]
        }
        try moveSequence(of: "vaccination", past: vaccinations.map(\.id))
    }

    public func insertCopiedProfileEntries(_ entries: [ProfileEntry], patient: Int64) throws {
        try refuseUsedIds(entries.map(\.id), in: "profileEntry", phrase: .copyProfileTaken)
        try insertRows(
            into: "profileEntry",
            columns: RecordSQL.copiedProfileColumns, entries
        ) { entry, statement in
            [
                statement.bind(entry.id), statement.bind(patient), statement.bind(entry.section.rawValue),
                statement.bind(entry.label), statement.bind(entry.detail),
                statement.bind(entry.start?.unixSeconds),
                statement.bind(entry.end?.unixSeconds), statement.bind(entry.relative),
                statement.bind(entry.contactRole?.rawValue), statement.bind(entry.phone),
            ]
        }
        try moveSequence(of: "profileEntry", past: entries.map(\.id))
    }

    public func insertCopiedReadings(_ readings: [CopiedReading], patient: Int64) throws {
        try refuseUsedIds(readings.map(\.id), in: "measurement", phrase: .copyReadingTaken)
        try insertRows(
            into: "measurement", columns: RecordSQL.copiedReadingColumns, readings
        ) { reading, statement in
            [
                statement.bind(reading.id), statement.bind(patient), statement.bind(reading.code),
                statement.bind(reading.value), statement.bind(reading.unit),
                statement.bind(reading.at.unixSeconds),
                statement.bind(reading.source.rawValue),
            ]
        }
        try moveSequence(of: "measurement", past: readings.map(\.id))
    }

    /// Events go in exactly as they were (ids, hashes, previous ids), under the patient's
    /// history lock; an event appended later in the transaction follows the last one.
    public func insertCopiedEvents(_ events: [CopiedEvent], patient: Int64) throws {
        guard let last = events.last else { return }
        try lockHistory(of: patient)
        try refuseUsedIds(events.map(\.id), in: "accessEvent", phrase: .copyEventTaken)
        try insertRows(
            into: "accessEvent",
            columns: RecordSQL.eventColumns, events
        ) { event, statement in
            let content = event.content
            return try [
                statement.bind(event.id), statement.bind(patient), statement.bind(content.at),
                statement.bind(content.actorType), statement.bind(content.actorId),
                statement.bind(content.actorName),
                statement.bind(content.action), statement.bind(content.target),
                statement.bind(content.outcome),
                statement.bind(Self.flag(content.emergency)), statement.bind(content.reason),
                statement.bind(event.hash), statement.bind(event.previousId),
            ]
        }
        try moveSequence(of: "accessEvent", past: events.map(\.id))
        chainTips[patient] = (last.id, last.hash)
    }

    public func insertCopiedNotifications(_ notifications: [CopiedNotification], patient: Int64) throws {
        try refuseUsedIds(
            notifications.map(\.notification.id), in: "notification", phrase: .copyNotificationTaken)
        try insertRows(
            into: "notification",
            columns: RecordSQL.copiedNotificationColumns,
            notifications
        ) { copied, statement in
            let notification = copied.notification
            return try [
                statement.bind(notification.id), statement.bind(patient),
                statement.bind(notification.eventId),
                statement.bind(notification.kind.rawValue),
                statement.bind(notification.createdAt.unixSeconds),
                statement.bind(notification.readAt?.unixSeconds), statement.bind(notification.documentId),
                statement.bind(copied.eventHash),
            ]
        }
        try moveSequence(of: "notification", past: notifications.map(\.notification.id))
    }

    // MARK: - Helpers

    /// Refuses the batch when the table already has one of its ids (`WriterChecks`).
    private func refuseUsedIds(_ ids: [Int64], in table: String, phrase: Phrase) throws {
        try WriterChecks.refuseUsedIds(ids, phrase: phrase) { low, high in
            try session.rows(
                "SELECT id FROM \(unescaped: table) WHERE id BETWEEN \(low) AND \(high) ORDER BY id"
            )
            .map { try $0["id"] as Int64 }
        }
    }

    /// Inserts `items` as rows of `columns`, `perStatement` per statement; `values` binds one
    /// item's values in `statement` and gives their placeholders, in `columns`' order.
    private func insertRows<Item>(
        into table: String, columns: [String], _ items: [Item], perStatement: Int = 500,
        values: (Item, inout PostgresStatement) throws -> [String]
    ) throws {
        var start = items.startIndex
        while start < items.endIndex {
            let end = min(start + perStatement, items.endIndex)
            var statement = PostgresStatement(
                "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES ")
            for index in start..<end {
                let placeholders = try values(items[index], &statement)
                statement.sql += (index == start ? "(" : ", (") + placeholders.joined(separator: ", ") + ")"
            }
            try session.run(statement.query)
            start = end
        }
    }

    /// Moves the table's id sequence past the highest of `ids` (never back: ids another
    /// session took meanwhile stay unused by the next insert). Needs UPDATE on the sequence,
    /// which `PostgresRoles` grants the application.
    private func moveSequence(of table: String, past ids: [Int64]) throws {
        guard let highest = ids.max() else { return }
        try session.run(
            """
            SELECT setval(sequence, \(highest)) FROM (
                SELECT pg_get_serial_sequence(\(table.lowercased()), 'id')::regclass AS sequence) s
            WHERE \(highest) > coalesce(pg_sequence_last_value(sequence), 0)
            """)
    }
}

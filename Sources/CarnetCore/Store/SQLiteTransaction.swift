import Foundation
import GRDB

/// Writes into the record inside one transaction (see `SQLiteStore.write`). Values are checked
/// here with clear messages; the database checks them again with its constraints.
public struct SQLiteTransaction: RecordWriter {
    let db: Database
    /// Each patient's last event, so that a bulk append (a million demo events) reads it once
    /// per transaction, not once per event. A writer lives for one transaction, in which
    /// every event goes through `appendEvents`, so the tips it keeps stay the real ones.
    let chainTips = ChainTips()

    /// Sets a metadata value of the record.
    public func setMetadata(_ key: String, _ value: String) throws {
        try db.execute(
            sql:
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    @discardableResult
    public func addPatient(_ patient: NewPatient, at now: Date = Date()) throws -> Int64 {
        let name = try WriterChecks.newPatient(
            patient, at: now,
            ownRecordExists: {
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM patient WHERE relation = 'self')")
                    == true
            },
            insHolder: { ins in
                try String.fetchOne(db, sql: "SELECT name FROM patient WHERE ins = ?", arguments: [ins])
            })
        try db.execute(
            sql: """
                INSERT INTO patient(name, birthDate, ins, createdAt, relation, sex) VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                name, patient.birthDate, patient.ins, now.unixSeconds, patient.relation.rawValue,
                patient.sex?.rawValue,
            ])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO recordSettings(patientId) VALUES (?)", arguments: [id])
        return id
    }

    /// Gives a record another name (a child's usual name, a typo put right).
    public func renamePatient(_ patient: Int64, to newName: String) throws {
        let name = try WriterChecks.patientName(newName)
        try db.execute(sql: "UPDATE patient SET name = ? WHERE id = ?", arguments: [name, patient])
        guard db.changesCount == 1 else { throw StoreError.unknownPatient(String(patient)) }
    }

    public func addProfessional(_ professional: Professional) throws {
        try db.execute(
            sql: """
                INSERT INTO professional(rpps, name, profession, specialty, samuRegulation)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [
                professional.rpps, professional.name, professional.profession.rawValue,
                professional.specialty, professional.samuRegulation,
            ])
    }

    /// Records that a professional works for an establishment.
    public func addAffiliation(rpps: String, finess: String) throws {
        try db.execute(sql: "INSERT INTO affiliation(rpps, finess) VALUES (?, ?)", arguments: [rpps, finess])
    }

    public func addEstablishment(_ establishment: Establishment) throws {
        try db.execute(
            sql: "INSERT INTO establishment(finess, name, kind) VALUES (?, ?, ?)",
            arguments: [establishment.finess, establishment.name, establishment.kind.rawValue])
    }

    /// Records the patient's decision about a professional (RPPS) or establishment (FINESS).
    public func setConsent(
        patient: Int64, actorId: String, status: ConsentStatus, at now: Date = Date()
    ) throws {
        let column = try actorColumn(for: actorId)
        if status == .none {
            try db.execute(
                sql: "DELETE FROM consent WHERE patientId = ? AND \(column) = ?",
                arguments: [patient, actorId])
            return
        }
        try db.execute(
            sql: """
                INSERT INTO consent(patientId, \(column), status, changedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(patientId, \(column)) WHERE \(column) IS NOT NULL
                DO UPDATE SET status = excluded.status, changedAt = excluded.changedAt
                """,
            arguments: [patient, actorId, status.rawValue, now.unixSeconds])
    }

    public func setTreatingDoctor(patient: Int64, rpps: String?) throws {
        try db.execute(
            sql: "UPDATE recordSettings SET treatingDoctorRpps = ? WHERE patientId = ?",
            arguments: [rpps, patient])
    }

    public func setEmergency(_ which: EmergencySwitch, on: Bool, patient: Int64) throws {
        let column = RecordSQL.column(of: which)
        try db.execute(
            sql: "UPDATE recordSettings SET \(column) = ? WHERE patientId = ?",
            arguments: [on, patient])
    }

    /// Closes the patient's space (`at` a time) or reopens it (`at` nil).
    public func setClosed(patient: Int64, at: Date?) throws {
        try db.execute(
            sql: "UPDATE recordSettings SET closedAt = ? WHERE patientId = ?",
            arguments: [at?.unixSeconds, patient])
    }

    /// Puts a document into the record as version 1 and returns its id.
    @discardableResult
    public func addDocument(_ document: NewDocument, patient: Int64) throws -> Int64 {
        let title = try WriterChecks.documentTitle(document.title)
        let (kind, rpps, finess) = document.author.columns
        try db.cachedStatement(
            sql: """
                INSERT INTO document(patientId, category, title, authorKind, authorRpps,
                    authorFiness, actDate, depositedAt, masked, authorName)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            patient, document.category.code, title, kind, rpps, finess,
            document.date.unixSeconds, document.deposited.unixSeconds, document.masked, document.authorName,
        ])
        let id = db.lastInsertedRowID
        try addVersion(
            document: id, version: 1, author: document.author, at: document.deposited,
            mediaType: document.mediaType, content: document.content)
        try db.cachedStatement(
            sql: """
                INSERT INTO documentSearch(rowid, title, author, body)
                SELECT d.id, d.title, COALESCE(pr.name, es.name, d.authorName, pa.name), ? FROM document d
                JOIN patient pa ON pa.id = d.patientId
                LEFT JOIN professional pr ON pr.rpps = d.authorRpps
                LEFT JOIN establishment es ON es.finess = d.authorFiness
                WHERE d.id = ?
                """
        ).execute(arguments: [
            WriterChecks.searchBody(document.text, content: document.content, document.mediaType), id,
        ])
        return id
    }

    /// Removes a document, its versions and its search entry.
    public func deleteDocument(_ id: Int64) throws {
        try db.execute(sql: "DELETE FROM documentSearch WHERE rowid = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        guard db.changesCount == 1 else { throw StoreError.rule(.ruleNoDocument, [String(id)]) }
    }

    /// Masks a document from professionals, or shows it to them again.
    public func setMasked(document: Int64, masked: Bool) throws {
        try db.execute(sql: "UPDATE document SET masked = ? WHERE id = ?", arguments: [masked, document])
        guard db.changesCount == 1 else {
            throw StoreError.rule(.ruleNoDocument, [String(document)])
        }
    }

    /// Adds the next version of a document; its text (read from the content, or `text` for
    /// a PDF) replaces the previous version's in the search index.
    public func addVersion(
        document: Int64, author: Author, at: Date, mediaType: MediaType, content: Data, text: String? = nil
    ) throws {
        let last = try Int.fetchOne(
            db, sql: "SELECT max(version) FROM documentVersion WHERE documentId = ?",
            arguments: [document])
        guard let last else { throw StoreError.rule(.ruleNoDocument, [String(document)]) }
        try addVersion(
            document: document, version: last + 1, author: author, at: at, mediaType: mediaType,
            content: content)
        try db.execute(
            sql: "UPDATE documentSearch SET body = ? WHERE rowid = ?",
            arguments: [WriterChecks.searchBody(text, content: content, mediaType), document])
    }

    private func addVersion(
        document: Int64, version: Int, author: Author, at: Date, mediaType: MediaType,
        content: Data
    ) throws {
        try WriterChecks.versionContent(content, author: author)
        let (kind, rpps, finess) = author.columns
        try db.cachedStatement(
            sql: """
                INSERT INTO documentVersion(documentId, version, authorKind, authorRpps,
                    authorFiness, createdAt, mediaType, size, content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            document, version, kind, rpps, finess, at.unixSeconds, mediaType.rawValue,
            content.count, content,
        ])
    }

    @discardableResult
    public func addVaccination(_ vaccination: Vaccination, patient: Int64) throws -> Int64 {
        let diseases = try WriterChecks.diseasesJSON(vaccination)
        try db.execute(
            sql: """
                INSERT INTO vaccination(patientId, administeredAt, vaccine, diseases, kind,
                    lotNumber, vaccinator, vaccinatorRpps, requirement, enteredBy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                patient, vaccination.date.unixSeconds, vaccination.vaccine, diseases,
                vaccination.kind.rawValue, vaccination.lotNumber, vaccination.vaccinator,
                vaccination.vaccinatorRpps, vaccination.requirement.rawValue,
                vaccination.enteredBy.rawValue,
            ])
        return db.lastInsertedRowID
    }

    /// Adds a reading, already in its type's canonical unit.
    @discardableResult
    public func addMeasurement(_ measurement: NewMeasurement, patient: Int64) throws -> Int64 {
        try measurement.checkStorable()
        let type = measurement.type
        try db.cachedStatement(
            sql: "INSERT INTO measurement(patientId, code, value, unit, at, source) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            patient, type.code, measurement.value, type.unit, measurement.at.unixSeconds,
            measurement.source.rawValue,
        ])
        return db.lastInsertedRowID
    }

    /// One insert per reading: SQLite's prepared statement costs no round trip.
    public func addMeasurements(_ measurements: [NewMeasurement], patient: Int64) throws {
        for measurement in measurements { try addMeasurement(measurement, patient: patient) }
    }

    @discardableResult
    public func addProfileEntry(_ entry: ProfileEntry, patient: Int64) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO profileEntry(patientId, section, label, detail, startAt, endAt,
                    relative, contactRole, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                patient, entry.section.rawValue, entry.label, entry.detail,
                entry.start?.unixSeconds, entry.end?.unixSeconds, entry.relative,
                entry.contactRole?.rawValue, entry.phone,
            ])
        return db.lastInsertedRowID
    }

    /// Notifies the patient of an event, naming the document it is about when there is one.
    @discardableResult
    public func addNotification(
        event: Int64, kind: Notification.Kind, patient: Int64, at: Date, readAt: Date? = nil,
        document: Int64? = nil
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO notification(patientId, eventId, kind, createdAt, readAt, documentId, eventHash)
                VALUES (?, ?, ?, ?, ?, ?, (SELECT hash FROM accessEvent WHERE id = ?))
                """,
            arguments: [
                patient, event, kind.rawValue, at.unixSeconds, readAt?.unixSeconds, document, event,
            ])
        let id = db.lastInsertedRowID
        try db.execute(
            sql: """
                INSERT INTO notificationCount(patientId, kind, notices, unread) VALUES (?, ?, 1, ?)
                ON CONFLICT(patientId, kind) DO UPDATE SET
                    notices = notices + 1, unread = unread + excluded.unread
                """,
            arguments: [patient, kind.rawValue, readAt == nil ? 1 : 0])
        return id
    }

    /// Marks the patient's unread notifications read (only `id` when given) and takes them
    /// out of the kept unread counts; returns how many were unread.
    @discardableResult
    public func markNotificationsRead(patient: Int64, only id: Int64? = nil, at now: Date) throws -> Int {
        let which = "patientId = ? AND readAt IS NULL" + (id == nil ? "" : " AND id = ?")
        var arguments: StatementArguments = [patient]
        if let id { arguments += [id] }
        let kinds = try Row.fetchAll(
            db, sql: "SELECT kind, count(*) AS notices FROM notification WHERE \(which) GROUP BY kind",
            arguments: arguments)
        guard !kinds.isEmpty else { return 0 }
        try db.execute(
            sql: "UPDATE notification SET readAt = ? WHERE \(which)", arguments: [now.unixSeconds] + arguments
        )
        var marked = 0
        for row in kinds {
            let notices: Int = row["notices"]
            let kind: String = row["kind"]
            try db.execute(
                sql: "UPDATE notificationCount SET unread = unread - ? WHERE patientId = ? AND kind = ?",
                arguments: [notices, patient, kind])
            marked += notices
        }
        return marked
    }

    // MARK: - Helpers

    private func actorColumn(for actorId: String) throws -> String {
        try WriterChecks.consentActorColumn(
            actorId,
            isProfessional: { rpps in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM professional WHERE rpps = ?", arguments: [rpps])
                    == true
            },
            isEstablishment: { finess in
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM establishment WHERE finess = ?", arguments: [finess])
                    == true
            })
    }
}

extension Author {
    /// The (kind, rpps, finess) columns of an author.
    public var columns: (String, String?, String?) {
        switch self {
        case .patient: ("patient", nil, nil)
        case .professional(let rpps): ("professional", rpps, nil)
        case .establishment(let finess): ("establishment", nil, finess)
        }
    }
}

extension Date {
    /// Whole Unix seconds, as the record stores times.
    public var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }

    public init(unixSeconds: Int64) {
        self.init(timeIntervalSince1970: TimeInterval(unixSeconds))
    }
}

import GRDB

/// The migrations of the record database, in order. A released migration is never edited:
/// changes go into a new one appended here.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-record", migrate: createRecord)
        // Immediate foreign key checks: the deferred ones would re-check every table of a
        // large record, and this migration touches no reference.
        migrator.registerMigration(
            "v2-access-chain", foreignKeyChecks: .immediate, migrate: chainAccessHistory)
        migrator.registerMigration("v3-access-by-action", foreignKeyChecks: .immediate) { db in
            // The Access history pane's filter by action reads its pages on this index.
            try db.execute(sql: "CREATE INDEX access_by_action ON accessEvent(patientId, action, at, id)")
        }
        migrator.registerMigration(
            "v4-document-types-and-search", foreignKeyChecks: .immediate, migrate: documentTypesAndSearch)
        migrator.registerMigration(
            "v5-notification-refusals", foreignKeyChecks: .immediate, migrate: notifyRefusals)
        migrator.registerMigration(
            "v6-measurement-days", foreignKeyChecks: .immediate, migrate: measurementDays)
        migrator.registerMigration("v7-access-days", foreignKeyChecks: .immediate, migrate: countAccessDays)
        migrator.registerMigration(
            "v8-import-sources", foreignKeyChecks: .immediate, migrate: importSources)
        migrator.registerMigration(
            "v9-notification-event-hash", foreignKeyChecks: .immediate, migrate: notificationEventHash)
        migrator.registerMigration("v10-kept-counts", foreignKeyChecks: .immediate, migrate: keepCounts)
        migrator.registerMigration("v11-several-records", foreignKeyChecks: .immediate, migrate: severalRecords)
        return migrator
    }

    /// The whole record: people, consents, documents, vaccinations, measurements, profile,
    /// access history and notifications. Times are integer Unix seconds (UTC).
    private static func createRecord(_ db: Database) throws {
        try db.execute(sql: metaAndPeople)
        try db.execute(sql: consents)
        try db.execute(sql: documents)
        try db.execute(sql: vaccinationsAndProfile)
        try db.execute(sql: measurements)
        try db.execute(sql: accessHistory)
    }

    private static let metaAndPeople = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE patient (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
            birthDate TEXT NOT NULL
                CHECK (birthDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                       AND date(birthDate, '+0 days') IS birthDate),
            ins TEXT UNIQUE
                CHECK (ins IS NULL OR (length(ins) = 15 AND ins NOT GLOB '*[^0-9AB]*')),
            createdAt INTEGER NOT NULL
        );

        CREATE TABLE professional (
            rpps TEXT PRIMARY KEY NOT NULL
                CHECK (length(rpps) = 11 AND rpps NOT GLOB '*[^0-9]*'),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
            profession TEXT NOT NULL CHECK (profession IN
                ('physician', 'pharmacist', 'nurse', 'physiotherapist', 'midwife', 'dentist',
                 'biologist', 'other')),
            specialty TEXT,
            -- Regulating doctors of the SAMU: the "SAMU regulation" emergency switch is theirs.
            samuRegulation INTEGER NOT NULL DEFAULT 0 CHECK (samuRegulation IN (0, 1))
        ) WITHOUT ROWID;

        CREATE TABLE establishment (
            finess TEXT PRIMARY KEY NOT NULL
                CHECK (length(finess) = 9 AND finess NOT GLOB '*[^0-9AB]*'),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
            kind TEXT NOT NULL CHECK (kind IN
                ('hospital', 'clinic', 'laboratory', 'pharmacy', 'imaging', 'other'))
        ) WITHOUT ROWID;

        -- Which establishments a professional works for: blocking an establishment blocks them.
        CREATE TABLE affiliation (
            rpps TEXT NOT NULL REFERENCES professional(rpps) ON DELETE CASCADE,
            finess TEXT NOT NULL REFERENCES establishment(finess) ON DELETE CASCADE,
            PRIMARY KEY (rpps, finess)
        ) WITHOUT ROWID;
        CREATE INDEX affiliation_by_establishment ON affiliation(finess, rpps);
        """

    private static let consents = """
        CREATE TABLE recordSettings (
            patientId INTEGER PRIMARY KEY REFERENCES patient(id) ON DELETE CASCADE,
            treatingDoctorRpps TEXT REFERENCES professional(rpps),
            samuEmergency INTEGER NOT NULL DEFAULT 1 CHECK (samuEmergency IN (0, 1)),
            anyEmergency INTEGER NOT NULL DEFAULT 1 CHECK (anyEmergency IN (0, 1)),
            maskedEmergency INTEGER NOT NULL DEFAULT 0 CHECK (maskedEmergency IN (0, 1)),
            closedAt INTEGER
        );

        CREATE TABLE consent (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            rpps TEXT REFERENCES professional(rpps),
            finess TEXT REFERENCES establishment(finess),
            status TEXT NOT NULL CHECK (status IN ('authorized', 'blocked')),
            changedAt INTEGER NOT NULL,
            CHECK ((rpps IS NULL) <> (finess IS NULL))
        );
        CREATE UNIQUE INDEX consent_professional ON consent(patientId, rpps)
            WHERE rpps IS NOT NULL;
        CREATE UNIQUE INDEX consent_establishment ON consent(patientId, finess)
            WHERE finess IS NOT NULL;

        -- The treating doctor can never be blocked, and must be a physician.
        CREATE TRIGGER consent_treating_doctor_insert BEFORE INSERT ON consent
        WHEN NEW.status = 'blocked' AND NEW.rpps IN
            (SELECT treatingDoctorRpps FROM recordSettings WHERE patientId = NEW.patientId)
        BEGIN SELECT RAISE(ABORT, 'the treating doctor cannot be blocked'); END;
        CREATE TRIGGER consent_treating_doctor_update BEFORE UPDATE ON consent
        WHEN NEW.status = 'blocked' AND NEW.rpps IN
            (SELECT treatingDoctorRpps FROM recordSettings WHERE patientId = NEW.patientId)
        BEGIN SELECT RAISE(ABORT, 'the treating doctor cannot be blocked'); END;
        CREATE TRIGGER settings_treating_doctor_insert BEFORE INSERT ON recordSettings
        WHEN NEW.treatingDoctorRpps IS NOT NULL AND (
            NOT EXISTS (SELECT 1 FROM professional
                        WHERE rpps = NEW.treatingDoctorRpps AND profession = 'physician')
            OR EXISTS (SELECT 1 FROM consent WHERE patientId = NEW.patientId
                       AND rpps = NEW.treatingDoctorRpps AND status = 'blocked'))
        BEGIN SELECT RAISE(ABORT, 'the treating doctor must be a physician who is not blocked'); END;
        CREATE TRIGGER settings_treating_doctor_update BEFORE UPDATE OF treatingDoctorRpps
            ON recordSettings
        WHEN NEW.treatingDoctorRpps IS NOT NULL AND (
            NOT EXISTS (SELECT 1 FROM professional
                        WHERE rpps = NEW.treatingDoctorRpps AND profession = 'physician')
            OR EXISTS (SELECT 1 FROM consent WHERE patientId = NEW.patientId
                       AND rpps = NEW.treatingDoctorRpps AND status = 'blocked'))
        BEGIN SELECT RAISE(ABORT, 'the treating doctor must be a physician who is not blocked'); END;
        """

    private static let documents = """
        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (category IN
                ('SYNTHESE', 'ORD_SOIN', 'RADIO_SC', 'BIOLOGIE', 'CPT_REND', 'DEPISTAG',
                 'CERT_MED', 'DOC_ADM', 'SYNTH_PML', 'DIR_ANT', 'QUEST_SANTE', 'AUTR_DOC')),
            title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
            authorKind TEXT NOT NULL
                CHECK (authorKind IN ('patient', 'professional', 'establishment')),
            authorRpps TEXT REFERENCES professional(rpps),
            authorFiness TEXT REFERENCES establishment(finess),
            actDate INTEGER NOT NULL,
            depositedAt INTEGER NOT NULL,
            masked INTEGER NOT NULL DEFAULT 0 CHECK (masked IN (0, 1)),
            hiddenFromLegalRepresentatives INTEGER NOT NULL DEFAULT 0
                CHECK (hiddenFromLegalRepresentatives IN (0, 1)),
            CHECK ((authorKind = 'patient' AND authorRpps IS NULL AND authorFiness IS NULL)
                OR (authorKind = 'professional' AND authorRpps IS NOT NULL AND authorFiness IS NULL)
                OR (authorKind = 'establishment' AND authorFiness IS NOT NULL AND authorRpps IS NULL))
        );
        -- Newest-first keyset pagination, overall and per category.
        CREATE INDEX document_by_date ON document(patientId, actDate, id);
        CREATE INDEX document_by_category ON document(patientId, category, actDate, id);

        CREATE TABLE documentVersion (
            id INTEGER PRIMARY KEY,
            documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version >= 1),
            authorKind TEXT NOT NULL
                CHECK (authorKind IN ('patient', 'professional', 'establishment')),
            authorRpps TEXT REFERENCES professional(rpps),
            authorFiness TEXT REFERENCES establishment(finess),
            createdAt INTEGER NOT NULL,
            mediaType TEXT NOT NULL CHECK (mediaType IN
                ('text/plain', 'application/pdf', 'image/jpeg', 'image/png', 'text/xml')),
            size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 67108864),
            content BLOB NOT NULL,
            CHECK (length(CAST(content AS BLOB)) = size),
            -- Patients deposit files of at most 5 MB.
            CHECK (authorKind <> 'patient' OR size <= 5242880),
            UNIQUE (documentId, version)
        );
        """

    private static let vaccinationsAndProfile = """
        CREATE TABLE vaccination (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            administeredAt INTEGER NOT NULL,
            vaccine TEXT NOT NULL CHECK (length(trim(vaccine)) BETWEEN 1 AND 200),
            diseases TEXT NOT NULL CHECK (json_valid(diseases)
                AND json_type(diseases) = 'array' AND json_array_length(diseases) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('primary', 'booster', 'immunization')),
            lotNumber TEXT,
            vaccinator TEXT,
            vaccinatorRpps TEXT REFERENCES professional(rpps),
            requirement TEXT NOT NULL CHECK (requirement IN ('mandatory', 'recommended')),
            enteredBy TEXT NOT NULL CHECK (enteredBy IN ('patient', 'professional'))
        );
        CREATE INDEX vaccination_by_date ON vaccination(patientId, administeredAt, id);

        CREATE TABLE profileEntry (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            section TEXT NOT NULL CHECK (section IN
                ('allergy', 'illness', 'treatment', 'familyHistory', 'hospitalization',
                 'disability', 'bloodGroup', 'contact', 'advanceDirective')),
            label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 500),
            detail TEXT,
            startAt INTEGER,
            endAt INTEGER CHECK (endAt IS NULL OR startAt IS NULL OR endAt >= startAt),
            relative TEXT CHECK ((section = 'familyHistory') = (relative IS NOT NULL)),
            contactRole TEXT CHECK ((section = 'contact') = (contactRole IS NOT NULL)
                AND (contactRole IS NULL OR contactRole IN ('emergency', 'trustedPerson', 'carer'))),
            phone TEXT,
            CHECK (section <> 'bloodGroup'
                OR label IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'))
        );
        CREATE INDEX profile_by_section ON profileEntry(patientId, section, id);
        CREATE UNIQUE INDEX profile_one_blood_group ON profileEntry(patientId)
            WHERE section = 'bloodGroup';
        """

    /// Each code has its canonical unit and the range of values a real reading can take.
    private static let measurements = """
        CREATE TABLE measurement (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            at INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('patient', 'professional', 'device')),
            CHECK (
                   (code = '29463-7' AND unit = 'kg' AND value BETWEEN 0.1 AND 700)
                OR (code = '8302-2' AND unit = 'cm' AND value BETWEEN 10 AND 300)
                OR (code = '39156-5' AND unit = 'kg/m2' AND value BETWEEN 5 AND 200)
                OR (code = '8867-4' AND unit = '/min' AND value BETWEEN 1 AND 350)
                OR (code = '8280-0' AND unit = 'cm' AND value BETWEEN 10 AND 400)
                OR (code = '9843-4' AND unit = 'cm' AND value BETWEEN 10 AND 100)
                OR (code = '41950-7' AND unit = '/d' AND value BETWEEN 0 AND 200000)
                OR (code = '8480-6' AND unit = 'mm[Hg]' AND value BETWEEN 1 AND 350)
                OR (code = '8462-4' AND unit = 'mm[Hg]' AND value BETWEEN 1 AND 250)
                OR (code = '72514-3' AND unit = '{score}' AND value BETWEEN 0 AND 10)
                OR (code = '8310-5' AND unit = 'Cel' AND value BETWEEN 25 AND 46)
                OR (code = '2345-7' AND unit = 'mg/dL' AND value BETWEEN 1 AND 2000)
                OR (code = '99504-3' AND unit = 'mg/dL' AND value BETWEEN 1 AND 1000)
                OR (code = '4548-4' AND unit = '%' AND value BETWEEN 1 AND 30))
        );
        -- Covering index: series listings and per-bucket min/max never touch the table.
        CREATE INDEX measurement_series ON measurement(patientId, code, at, value);
        """

    private static let accessHistory = """
        CREATE TABLE accessEvent (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id),
            at INTEGER NOT NULL,
            actorType TEXT NOT NULL
                CHECK (actorType IN ('patient', 'professional', 'establishment', 'system')),
            actorId TEXT NOT NULL,
            actorName TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN
                ('read', 'list', 'add', 'modify', 'mask', 'unmask', 'delete', 'authorize',
                 'block', 'unblock', 'setTreatingDoctor', 'emergencySettings',
                 'notificationSettings', 'close', 'reopen', 'export', 'import')),
            target TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN ('done', 'denied')),
            emergency INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
            reason TEXT
        );
        CREATE INDEX access_by_date ON accessEvent(patientId, at, id);
        CREATE INDEX access_by_actor ON accessEvent(patientId, actorId, at, id);

        -- Nobody can edit or delete the history.
        CREATE TRIGGER access_event_no_update BEFORE UPDATE ON accessEvent
        BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
        CREATE TRIGGER access_event_no_delete BEFORE DELETE ON accessEvent
        BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;

        CREATE TABLE notification (
            id INTEGER PRIMARY KEY,
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            eventId INTEGER NOT NULL UNIQUE REFERENCES accessEvent(id),
            kind TEXT NOT NULL CHECK (kind IN ('read', 'add', 'modify', 'emergency')),
            createdAt INTEGER NOT NULL,
            readAt INTEGER
        );
        CREATE INDEX notification_unread ON notification(patientId, readAt, id);

        -- Emergency notifications cannot be silenced, so they have no preference.
        CREATE TABLE notificationPreference (
            patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('read', 'add', 'modify')),
            enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
            PRIMARY KEY (patientId, kind)
        ) WITHOUT ROWID;
        """
}

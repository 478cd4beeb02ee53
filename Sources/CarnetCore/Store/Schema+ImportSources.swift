import GRDB

extension Schema {
    /// What FHIR import needs:
    /// - `importSource`: each imported item remembers the resource it came from (its source
    ///   key: an absolute `fullUrl`, else an identifier, else type/id qualified by the source
    ///   system) and that resource's version, so that a second import adds nothing and a
    ///   changed resource updates its item. `part` tells apart the two readings of one
    ///   blood-pressure Observation.
    /// - `document.authorName`: an author named in a file without a national number (RPPS,
    ///   FINESS) is kept by name, and gets no access to the record.
    /// - oxygen saturation (59408-5, %) and respiratory rate (9279-1, /min) as kinds of
    ///   reading: SQLite cannot change a CHECK, so `measurement` is rebuilt (new table, copy,
    ///   drop, rename) with its index and the triggers of its daily roll-up.
    static func importSources(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE importSource (
                    patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
                    sourceKey TEXT NOT NULL CHECK (length(sourceKey) BETWEEN 1 AND 2000),
                    part TEXT NOT NULL DEFAULT '',
                    kind TEXT NOT NULL
                        CHECK (kind IN ('measurement', 'document', 'vaccination', 'profile')),
                    itemId INTEGER NOT NULL,
                    version TEXT NOT NULL,
                    PRIMARY KEY (patientId, sourceKey, part)
                ) WITHOUT ROWID;

                ALTER TABLE document ADD COLUMN authorName TEXT
                    CHECK (authorName IS NULL OR length(trim(authorName)) BETWEEN 1 AND 200);

                CREATE TABLE measurementNew (
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
                        OR (code = '4548-4' AND unit = '%' AND value BETWEEN 1 AND 30)
                        OR (code = '59408-5' AND unit = '%' AND value BETWEEN 0 AND 100)
                        OR (code = '9279-1' AND unit = '/min' AND value BETWEEN 1 AND 200))
                );
                INSERT INTO measurementNew SELECT id, patientId, code, value, unit, at, source FROM measurement;
                DROP TABLE measurement;
                ALTER TABLE measurementNew RENAME TO measurement;
                CREATE INDEX measurement_series ON measurement(patientId, code, at, value);
                \(measurementDayTriggers)
                """)
    }
}

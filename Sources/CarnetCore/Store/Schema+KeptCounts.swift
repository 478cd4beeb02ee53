import GRDB

extension Schema {
    /// v10: counts that a pane's heading reads instead of counting rows.
    ///
    /// - The history's per-day counts (v7) are now kept by `SQLiteTransaction.appendEvent`, the
    ///   history's one writer, instead of a trigger: SQLite runs an insert that fires a trigger
    ///   under a statement journal, which it spills to a temporary file, and that was a dozen
    ///   `pwrite` calls per event — most of the large demo's time.
    /// - `notificationCount`: how many notifications of each kind a patient has, and how many
    ///   of them are unread, kept by the writer's `addNotification` and `markNotificationsRead`.
    /// - `measurementCount`: how many readings of each code a patient has, kept by triggers
    ///   like the daily roll-up (v6), so that every writer of readings keeps it; the readings'
    ///   inserts already run under their roll-up's trigger.
    static func keepCounts(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER access_event_day_count;

                CREATE TABLE notificationCount (
                    patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    notices INTEGER NOT NULL CHECK (notices >= 0),
                    unread INTEGER NOT NULL CHECK (unread BETWEEN 0 AND notices),
                    PRIMARY KEY (patientId, kind)
                ) WITHOUT ROWID;
                INSERT INTO notificationCount(patientId, kind, notices, unread)
                SELECT patientId, kind, count(*), count(*) - count(readAt) FROM notification
                GROUP BY patientId, kind;

                CREATE TABLE measurementCount (
                    patientId INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    readings INTEGER NOT NULL CHECK (readings >= 0),
                    PRIMARY KEY (patientId, code)
                ) WITHOUT ROWID;
                INSERT INTO measurementCount(patientId, code, readings)
                SELECT patientId, code, count(*) FROM measurement GROUP BY patientId, code;

                CREATE TRIGGER measurement_count_insert AFTER INSERT ON measurement
                BEGIN
                    INSERT INTO measurementCount(patientId, code, readings)
                    VALUES (new.patientId, new.code, 1)
                    ON CONFLICT (patientId, code) DO UPDATE SET readings = readings + 1;
                END;
                CREATE TRIGGER measurement_count_delete AFTER DELETE ON measurement
                BEGIN
                    UPDATE measurementCount SET readings = readings - 1
                    WHERE patientId = old.patientId AND code = old.code;
                END;
                CREATE TRIGGER measurement_count_update AFTER UPDATE OF patientId, code ON measurement
                BEGIN
                    UPDATE measurementCount SET readings = readings - 1
                    WHERE patientId = old.patientId AND code = old.code;
                    INSERT INTO measurementCount(patientId, code, readings)
                    VALUES (new.patientId, new.code, 1)
                    ON CONFLICT (patientId, code) DO UPDATE SET readings = readings + 1;
                END;
                """)
    }
}

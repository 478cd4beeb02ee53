import GRDB

extension Schema {
    /// v7: how many events each day holds, per patient, actor and action, kept by a trigger
    /// in the transaction of each event. A filter's count, and how many rows come before the
    /// focused one, are then sums over days (a few thousand rows for ten years of history)
    /// instead of scans of a million events. Days are UTC days (`at` divided by 86,400,
    /// rounded down); the history is append-only, so only inserts change the counts.
    static func countAccessDays(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE accessEventDay (
                    patientId INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    actorId TEXT NOT NULL,
                    action TEXT NOT NULL,
                    events INTEGER NOT NULL,
                    PRIMARY KEY (patientId, day, actorId, action)
                ) WITHOUT ROWID;

                CREATE TRIGGER access_event_day_count AFTER INSERT ON accessEvent
                BEGIN
                    INSERT INTO accessEventDay(patientId, day, actorId, action, events)
                    VALUES (NEW.patientId, \(dayOf("NEW.at")), NEW.actorId, NEW.action, 1)
                    ON CONFLICT(patientId, day, actorId, action) DO UPDATE SET events = events + 1;
                END;

                INSERT INTO accessEventDay(patientId, day, actorId, action, events)
                SELECT patientId, \(dayOf("at")), actorId, action, count(*)
                FROM accessEvent GROUP BY 1, 2, 3, 4;
                """)
    }

    /// The UTC day of a time in Unix seconds, rounded down also before 1970.
    static func dayOf(_ seconds: String) -> String {
        "((\(seconds) - ((\(seconds) % 86400) + 86400) % 86400) / 86400)"
    }
}

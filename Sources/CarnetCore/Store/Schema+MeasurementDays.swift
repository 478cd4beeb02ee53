import GRDB

extension Schema {
    /// A roll-up of each series by UTC day: lowest, highest, count, first and last reading.
    /// A chart of years of readings reads a few hundred of these rows instead of scanning
    /// 100,000 readings (see BENCHMARKS.md). Triggers keep it equal to the readings whoever
    /// writes them (the browser, `carnet measure add`, another process); this migration
    /// fills it from the readings already there.
    static func measurementDays(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE measurementDay (
                    patientId INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    -- Days since 1970-01-01 UTC, rounded down (also before 1970).
                    day INTEGER NOT NULL,
                    low REAL NOT NULL,
                    high REAL NOT NULL,
                    readings INTEGER NOT NULL CHECK (readings > 0),
                    firstAt INTEGER NOT NULL,
                    lastAt INTEGER NOT NULL,
                    -- The value taken at lastAt (the highest of those taken that second).
                    last REAL NOT NULL,
                    PRIMARY KEY (patientId, code, day)
                ) WITHOUT ROWID;

                \(measurementDayTriggers)

                INSERT INTO measurementDay
                    (patientId, code, day, low, high, readings, firstAt, lastAt, last)
                SELECT patientId, code, \(day("at")) AS d, min(value), max(value), count(*), min(at),
                    max(at), 0
                FROM measurement GROUP BY patientId, code, d;
                UPDATE measurementDay SET last = (
                    SELECT value FROM measurement m
                    WHERE m.patientId = measurementDay.patientId AND m.code = measurementDay.code
                        AND m.at = measurementDay.lastAt
                    ORDER BY value DESC LIMIT 1);
                """)
    }

    /// The triggers that keep `measurementDay` equal to the readings. Dropped with the
    /// `measurement` table, so a migration that rebuilds it creates them again.
    static var measurementDayTriggers: String {
        """
                CREATE TRIGGER measurement_day_insert AFTER INSERT ON measurement
                BEGIN
                    INSERT INTO measurementDay
                        (patientId, code, day, low, high, readings, firstAt, lastAt, last)
                    VALUES (new.patientId, new.code, \(day("new.at")), new.value, new.value, 1, new.at,
                        new.at, new.value)
                    ON CONFLICT (patientId, code, day) DO UPDATE SET
                        low = min(low, excluded.low),
                        high = max(high, excluded.high),
                        readings = readings + 1,
                        firstAt = min(firstAt, excluded.firstAt),
                        last = CASE WHEN excluded.lastAt > lastAt
                            OR (excluded.lastAt = lastAt AND excluded.last > last)
                            THEN excluded.last ELSE last END,
                        lastAt = max(lastAt, excluded.lastAt);
                END;

                CREATE TRIGGER measurement_day_delete AFTER DELETE ON measurement
                BEGIN
                    \(recompute("old"))
                END;

                CREATE TRIGGER measurement_day_update AFTER UPDATE OF patientId, code, value, at
                ON measurement
                BEGIN
                    \(recompute("old"))
                    \(recompute("new"))
                END;
        """
    }

    /// The UTC day of a time in seconds, rounded down: SQLite's `/` rounds toward zero.
    private static func day(_ at: String) -> String {
        "(\(at) / 86400 - (\(at) % 86400 < 0))"
    }

    /// Statements that rebuild the day row of the reading `row` (`old` or `new`) from the
    /// readings of that day, or remove it when none is left (no reading, no group).
    private static func recompute(_ row: String) -> String {
        let day = day("\(row).at")
        let readings = """
            FROM measurement WHERE patientId = \(row).patientId AND code = \(row).code
                AND at >= \(day) * 86400 AND at < (\(day) + 1) * 86400
            """
        return """
            DELETE FROM measurementDay
            WHERE patientId = \(row).patientId AND code = \(row).code AND day = \(day);
            INSERT INTO measurementDay
                (patientId, code, day, low, high, readings, firstAt, lastAt, last)
            SELECT \(row).patientId, \(row).code, \(day), min(value), max(value), count(*), min(at), max(at),
                (SELECT value \(readings) ORDER BY at DESC, value DESC LIMIT 1)
            \(readings)
            GROUP BY code;
            """
    }
}

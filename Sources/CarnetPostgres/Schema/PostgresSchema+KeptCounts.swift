extension PostgresSchema {
    /// What a pane's heading and a chart read instead of the rows (SQLite's v6 and v10):
    /// readings per code, each series rolled up by UTC day, notifications per kind with the
    /// unread ones. Here triggers keep all three, whoever writes (the store, a bulk `COPY`, a
    /// clinic's own tools); they are statement triggers over the changed rows, so a batch of
    /// readings costs one pass, not one per row. SQLite's writer keeps the notification
    /// counts itself; the PostgreSQL store must leave them to these triggers.
    static let keptCounts =
        [
            """
            CREATE TABLE measurementCount (
                patientId bigint NOT NULL,
                code text NOT NULL,
                readings bigint NOT NULL CHECK (readings >= 0),
                PRIMARY KEY (patientId, code)
            )
            """,
            """
            CREATE TABLE measurementDay (
                patientId bigint NOT NULL,
                code text NOT NULL,
                -- Days since 1970-01-01 UTC, rounded down (also before 1970).
                day bigint NOT NULL,
                low double precision NOT NULL,
                high double precision NOT NULL,
                readings bigint NOT NULL CHECK (readings > 0),
                firstAt bigint NOT NULL,
                lastAt bigint NOT NULL,
                -- The value taken at lastAt (the highest of those taken that second).
                last double precision NOT NULL,
                PRIMARY KEY (patientId, code, day)
            )
            """,
            """
            CREATE TABLE notificationCount (
                patientId bigint NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
                kind text NOT NULL,
                notices bigint NOT NULL CHECK (notices >= 0),
                unread bigint NOT NULL CHECK (unread BETWEEN 0 AND notices),
                PRIMARY KEY (patientId, kind)
            )
            """,
            // Rebuilds the day rows of the given (patient, code, day) keys from the readings, or
            // removes them when no reading is left that day.
            """
            CREATE FUNCTION measurement_day_rebuild(patients bigint[], codes text[], days bigint[])
            RETURNS void LANGUAGE sql AS $$
                DELETE FROM measurementDay d USING unnest(patients, codes, days) AS t (patientId, code, day)
                WHERE d.patientId = t.patientId AND d.code = t.code AND d.day = t.day;
                INSERT INTO measurementDay (patientId, code, day, low, high, readings, firstAt, lastAt, last)
                SELECT t.patientId, t.code, t.day, min(m.value), max(m.value), count(*), min(m.at), max(m.at),
                    (array_agg(m.value ORDER BY m.at DESC, m.value DESC))[1]
                FROM unnest(patients, codes, days) AS t (patientId, code, day)
                JOIN measurement m ON m.patientId = t.patientId AND m.code = t.code
                    AND m.at >= t.day * 86400 AND m.at < (t.day + 1) * 86400
                GROUP BY t.patientId, t.code, t.day;
            $$
            """,
            // Removed readings lower the counts and rebuild their days; added ones raise the
            // counts and merge into their days (an update does both, then rebuilds).
            """
            CREATE FUNCTION measurement_counted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE measurementCount c SET readings = c.readings - r.readings
                    FROM (SELECT patientId, code, count(*) AS readings FROM removed GROUP BY patientId, code) r
                    WHERE c.patientId = r.patientId AND c.code = r.code;
                    PERFORM measurement_day_rebuild(array_agg(patientId), array_agg(code), array_agg(day))
                    FROM (SELECT DISTINCT patientId, code, carnet_day(at) AS day FROM removed) t;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO measurementCount AS c (patientId, code, readings)
                    SELECT patientId, code, count(*) FROM added GROUP BY patientId, code
                    ON CONFLICT (patientId, code) DO UPDATE SET readings = c.readings + excluded.readings;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    PERFORM measurement_day_rebuild(array_agg(patientId), array_agg(code), array_agg(day))
                    FROM (SELECT DISTINCT patientId, code, carnet_day(at) AS day FROM added) t;
                ELSIF TG_OP = 'INSERT' THEN
                    INSERT INTO measurementDay AS d (patientId, code, day, low, high, readings, firstAt, lastAt, last)
                    SELECT patientId, code, carnet_day(at), min(value), max(value), count(*), min(at), max(at),
                        (array_agg(value ORDER BY at DESC, value DESC))[1]
                    FROM added GROUP BY patientId, code, carnet_day(at)
                    ON CONFLICT (patientId, code, day) DO UPDATE SET
                        low = least(d.low, excluded.low),
                        high = greatest(d.high, excluded.high),
                        readings = d.readings + excluded.readings,
                        firstAt = least(d.firstAt, excluded.firstAt),
                        last = CASE WHEN excluded.lastAt > d.lastAt
                            OR (excluded.lastAt = d.lastAt AND excluded.last > d.last)
                            THEN excluded.last ELSE d.last END,
                        lastAt = greatest(d.lastAt, excluded.lastAt);
                END IF;
                RETURN NULL;
            END $$
            """,
        ] + statementTriggers(named: "measurement", on: "measurement", calling: "measurement_counted") + [
            // Removed rows only lower existing counts (a patient's deletion may have removed them).
            """
            CREATE FUNCTION notification_counted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE notificationCount c SET notices = c.notices - r.notices, unread = c.unread - r.unread
                    FROM (SELECT patientId, kind, count(*) AS notices, count(*) FILTER (WHERE readAt IS NULL) AS unread
                          FROM removed GROUP BY patientId, kind) r
                    WHERE c.patientId = r.patientId AND c.kind = r.kind;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO notificationCount AS c (patientId, kind, notices, unread)
                    SELECT patientId, kind, count(*), count(*) FILTER (WHERE readAt IS NULL)
                    FROM added GROUP BY patientId, kind
                    ON CONFLICT (patientId, kind) DO UPDATE
                        SET notices = c.notices + excluded.notices, unread = c.unread + excluded.unread;
                END IF;
                RETURN NULL;
            END $$
            """
        ] + statementTriggers(named: "notification", on: "notification", calling: "notification_counted")
}

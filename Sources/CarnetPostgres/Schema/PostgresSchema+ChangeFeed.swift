extension PostgresSchema {
    /// The channel on which every committed change of a record is announced.
    public static let changeChannel = "carnet_record"

    /// `NOTIFY carnet_record, '<patient id>'` for every statement that changes a record, from
    /// triggers, so that every writer (another machine's `carnet pro`, a bulk `COPY`) wakes
    /// the browsers. PostgreSQL sends notifications at commit, once per distinct payload in a
    /// transaction, and never for a transaction rolled back. The feed only wakes a reader:
    /// what changed is read from the record, so a notification missed while a connection was
    /// down loses nothing.
    static let changeFeed: [String] =
        [
            """
            CREATE FUNCTION carnet_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                patient bigint;
            BEGIN
                -- TG_ARGV[0] names the column that holds the patient's id.
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    FOR patient IN EXECUTE format('SELECT DISTINCT %I FROM added', TG_ARGV[0]) LOOP
                        PERFORM pg_notify('\(changeChannel)', patient::text);
                    END LOOP;
                END IF;
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    FOR patient IN EXECUTE format('SELECT DISTINCT %I FROM removed', TG_ARGV[0]) LOOP
                        PERFORM pg_notify('\(changeChannel)', patient::text);
                    END LOOP;
                END IF;
                RETURN NULL;
            END $$
            """
        ]
        + statementTriggers(
            named: "patient_feed", on: "patient", calling: "carnet_notify_change", argument: "id")
        + [
            "recordSettings", "consent", "document", "vaccination", "profileEntry", "measurement",
            "notification",
            "notificationPreference", "importSource",
        ].flatMap {
            statementTriggers(
                named: "\($0)_feed", on: $0, calling: "carnet_notify_change", argument: "patientid")
        }
        // The history only grows.
        + statementTriggers(
            named: "access_event_feed", on: "accessEvent", calling: "carnet_notify_change",
            argument: "patientid",
            operations: ["INSERT"])
}

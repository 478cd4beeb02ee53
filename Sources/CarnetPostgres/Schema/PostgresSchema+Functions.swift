extension PostgresSchema {
    /// What the checks and triggers share: SQLite expresses these inline (`GLOB`, `date()`,
    /// `json_valid`); PostgreSQL needs a function where a cast could fail, so that a CHECK
    /// answers false instead of raising another error.
    static let functions = [
        """
        CREATE FUNCTION carnet_is_day(value text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        BEGIN
            -- YYYY-MM-DD that names a real day: SQLite's date(value, '+0 days') IS value.
            RETURN value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                AND to_char(to_date(value, 'YYYY-MM-DD'), 'YYYY-MM-DD') = value;
        EXCEPTION WHEN others THEN
            RETURN false;
        END $$
        """,
        """
        CREATE FUNCTION carnet_is_list(value text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        BEGIN
            -- A JSON array with at least one element (SQLite: json_valid, json_type, json_array_length).
            RETURN jsonb_typeof(value::jsonb) = 'array' AND jsonb_array_length(value::jsonb) > 0;
        EXCEPTION WHEN others THEN
            RETURN false;
        END $$
        """,
        """
        CREATE FUNCTION carnet_day(seconds bigint) RETURNS bigint
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            -- The UTC day of a time in Unix seconds, rounded down also before 1970.
            SELECT (seconds - ((seconds % 86400) + 86400) % 86400) / 86400
        $$
        """,
    ]

    /// AFTER INSERT, DELETE and UPDATE triggers on `table`, once per statement, that pass
    /// `function` the rows added and removed (as `added` and `removed`) and `argument`.
    static func statementTriggers(
        named name: String, on table: String, calling function: String, argument: String = "",
        operations: [String] = ["INSERT", "DELETE", "UPDATE"]
    ) -> [String] {
        let call =
            "FOR EACH STATEMENT EXECUTE FUNCTION \(function)(\(argument.isEmpty ? "" : "'\(argument)'"))"
        let triggers = [
            "INSERT":
                "CREATE TRIGGER \(name)_added AFTER INSERT ON \(table) REFERENCING NEW TABLE AS added \(call)",
            "DELETE":
                "CREATE TRIGGER \(name)_removed AFTER DELETE ON \(table) REFERENCING OLD TABLE AS removed \(call)",
            "UPDATE":
                "CREATE TRIGGER \(name)_changed AFTER UPDATE ON \(table) REFERENCING OLD TABLE AS removed NEW TABLE AS added \(call)",
        ]
        return operations.compactMap { triggers[$0] }
    }
}

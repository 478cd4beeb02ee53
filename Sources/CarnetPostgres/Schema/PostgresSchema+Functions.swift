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
}

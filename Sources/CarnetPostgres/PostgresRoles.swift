/// The SQL that sets up the two roles a clinic gives carnet's clients, printed by
/// `carnet db roles` for its administrator to run (as the role that owns the database and
/// applies carnet's migrations), then `\password` for each in psql:
///
/// - the application's role (professionals' clients, the person's browser): reads and writes
///   the record, but has neither UPDATE, DELETE nor TRUNCATE on the access history, so the
///   history stays append-only even if its triggers were dropped by someone else; it cannot
///   change the schema or its version table;
/// - the kiosk's role: SELECT only, and every session of it read-only by default, so a kiosk
///   cannot write even through a bug that asks for a read-write transaction.
///
/// Neither role owns anything: only the owner can drop a trigger or alter a table.
public struct PostgresRoles: Sendable {
    public var database: String
    public var application: String
    public var kiosk: String

    public init(database: String, application: String = "carnet_app", kiosk: String = "carnet_kiosk") {
        self.database = database
        self.application = application
        self.kiosk = kiosk
    }

    /// The statements, in order, each alone (as a driver sends them).
    public var statements: [String] {
        let database = quoted(self.database)
        let application = quoted(self.application)
        let kiosk = quoted(self.kiosk)
        return [
            "CREATE ROLE \(application) LOGIN",
            "CREATE ROLE \(kiosk) LOGIN",
            "ALTER ROLE \(kiosk) SET default_transaction_read_only = on",
            "REVOKE ALL ON DATABASE \(database) FROM PUBLIC",
            "GRANT CONNECT ON DATABASE \(database) TO \(application), \(kiosk)",
            "GRANT USAGE ON SCHEMA public TO \(application), \(kiosk)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(application)",
            "REVOKE UPDATE, DELETE, TRUNCATE ON accessEvent FROM \(application)",
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON carnet_schema FROM \(application)",
            // UPDATE: `carnet copy` moves a table's sequence past the ids it copies (setval).
            "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \(application)",
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(kiosk)",
        ]
    }

    /// The statements as a script for psql, with what to do after.
    public var script: String {
        """
        -- Roles for carnet's clients on database \(database). Run as the database's owner,
        -- after carnet has created its tables (any carnet command on the database does).
        -- The application's role reads and writes the record, never edits the access history;
        -- the kiosk's role only reads, in read-only sessions.
        \(statements.map { $0 + ";" }.joined(separator: "\n"))
        -- Then give each a password in psql: \\password \(quoted(application)) and \\password \(quoted(kiosk))
        -- (a later carnet that adds tables prints this again: run its GRANT lines once more).

        """
    }

    /// An identifier in double quotes, so any name is taken as it is written.
    private func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import GRDB

extension Schema {
    /// v11: several records in one carnet — the person's own and those they manage (a minor
    /// child's, or another's). Every table was keyed by patient from v1, so a record is a
    /// patient row: this adds whose record it is and, for a child's growth curves, the sex.
    ///
    /// - `relation`: `self` for the person's own record (at most one), `child` or `other` for a
    ///   record they manage. Existing records are the person's own.
    /// - `sex`: `female` or `male` when known (the WHO growth references differ by sex);
    ///   unknown for existing records.
    static func severalRecords(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE patient ADD COLUMN relation TEXT NOT NULL DEFAULT 'self'
                    CHECK (relation IN ('self', 'child', 'other'));
                ALTER TABLE patient ADD COLUMN sex TEXT
                    CHECK (sex IS NULL OR sex IN ('female', 'male'));
                CREATE UNIQUE INDEX patient_own_record ON patient(relation) WHERE relation = 'self';
                """)
    }
}

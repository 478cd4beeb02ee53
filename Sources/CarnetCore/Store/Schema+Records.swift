import GRDB

extension Schema {
    /// v11: several records in one carnet — the person's own and those they manage (a minor
    /// child's, or another's). Every table was keyed by patient from v1, so a record is a
    /// patient row: this adds whose record it is and, for a child's growth curves, the sex.
    ///
    /// - `relation`: `self` for the person's own record (at most one), `child` or `other` for a
    ///   record they manage. Of the records already there, the first is the person's own (the
    ///   one commands opened by default) and any other is another's.
    /// - `sex`: `female` or `male` when known (the WHO growth references differ by sex);
    ///   unknown for existing records.
    static func severalRecords(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE patient ADD COLUMN relation TEXT NOT NULL DEFAULT 'other'
                    CHECK (relation IN ('self', 'child', 'other'));
                UPDATE patient SET relation = 'self' WHERE id = (SELECT min(id) FROM patient);
                ALTER TABLE patient ADD COLUMN sex TEXT
                    CHECK (sex IS NULL OR sex IN ('female', 'male'));
                CREATE UNIQUE INDEX patient_own_record ON patient(relation) WHERE relation = 'self';
                """)
    }
}

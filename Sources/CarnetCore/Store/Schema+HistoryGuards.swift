import GRDB

extension Schema {
    /// The triggers that keep the access history append-only, by name, as `v1-record` created
    /// them: a writing open puts back any that someone dropped (`SQLiteStore.restoreGuards`).
    static let appendOnlyGuards: [String: String] = [
        "access_event_no_update": """
        CREATE TRIGGER access_event_no_update BEFORE UPDATE ON accessEvent
        BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
        """,
        "access_event_no_delete": """
        CREATE TRIGGER access_event_no_delete BEFORE DELETE ON accessEvent
        BEGIN SELECT RAISE(ABORT, 'the access history is append-only'); END;
        """,
    ]

    /// Every notification keeps the hash of its event, so that an event the patient was told
    /// about cannot leave the history unnoticed, even with the whole chain recomputed after it.
    static func notificationEventHash(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE notification ADD COLUMN eventHash BLOB;
                UPDATE notification SET eventHash = (SELECT hash FROM accessEvent WHERE id = notification.eventId);
                """)
    }
}

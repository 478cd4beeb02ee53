import GRDB

extension Schema {
    /// Refused attempts notify the patient too, and a notification names the document its
    /// event is about. SQLite cannot change a CHECK, so the table is rebuilt (new table, copy,
    /// drop, rename) in the migration's transaction; nothing refers to it. `documentId` is
    /// read from the event's target for the notifications already there, and is set to NULL
    /// when the document leaves the record. Times index the inbox's newest-first pages.
    static func notifyRefusals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE notificationNew (
                    id INTEGER PRIMARY KEY,
                    patientId INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
                    eventId INTEGER NOT NULL UNIQUE REFERENCES accessEvent(id),
                    kind TEXT NOT NULL
                        CHECK (kind IN ('read', 'add', 'modify', 'emergency', 'refused')),
                    createdAt INTEGER NOT NULL,
                    readAt INTEGER,
                    documentId INTEGER REFERENCES document(id) ON DELETE SET NULL
                );
                INSERT INTO notificationNew(id, patientId, eventId, kind, createdAt, readAt, documentId)
                SELECT n.id, n.patientId, n.eventId, n.kind, n.createdAt, n.readAt,
                    (SELECT d.id FROM document d
                     WHERE e.target GLOB 'document [0-9]*'
                        AND d.id = CAST(substr(e.target, 10) AS INTEGER) AND d.patientId = n.patientId)
                FROM notification n JOIN accessEvent e ON e.id = n.eventId;
                DROP TABLE notification;
                ALTER TABLE notificationNew RENAME TO notification;
                CREATE INDEX notification_unread ON notification(patientId, readAt, id);
                CREATE INDEX notification_by_date ON notification(patientId, createdAt, id);
                """)
    }
}

import GRDB

extension Schema {
    /// Documents take TIFF and RTF files (the schema's list of media types is widened by
    /// rebuilding `documentVersion`, as SQLite cannot alter a CHECK), and gain a full-text
    /// index of their title, author and text for the Documents pane's search.
    static func documentTypesAndSearch(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE documentVersionNew (
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL CHECK (version >= 1),
                    authorKind TEXT NOT NULL
                        CHECK (authorKind IN ('patient', 'professional', 'establishment')),
                    authorRpps TEXT REFERENCES professional(rpps),
                    authorFiness TEXT REFERENCES establishment(finess),
                    createdAt INTEGER NOT NULL,
                    mediaType TEXT NOT NULL CHECK (mediaType IN
                        ('text/plain', 'application/pdf', 'image/jpeg', 'image/png', 'text/xml',
                         'image/tiff', 'application/rtf')),
                    size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 67108864),
                    content BLOB NOT NULL,
                    CHECK (length(CAST(content AS BLOB)) = size),
                    -- Patients deposit files of at most 5 MB.
                    CHECK (authorKind <> 'patient' OR size <= 5242880),
                    UNIQUE (documentId, version)
                );
                INSERT INTO documentVersionNew SELECT * FROM documentVersion;
                DROP TABLE documentVersion;
                ALTER TABLE documentVersionNew RENAME TO documentVersion;
                """)
        try db.execute(sql: documentSearch)
    }

    /// One row per document (its rowid is the document's id): the title, the author's name
    /// and the text of the latest version, words folded to lower case without accents.
    /// Prefix indexes of 2 and 3 characters keep the first keys of an incremental search
    /// as fast as the later ones. Written by `SQLiteTransaction` with the document.
    private static let documentSearch = """
        CREATE VIRTUAL TABLE documentSearch USING fts5(
            title, author, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        INSERT INTO documentSearch(rowid, title, author, body)
        SELECT d.id, d.title, COALESCE(pr.name, es.name, pa.name),
            CASE WHEN v.mediaType IN ('text/plain', 'text/xml') THEN CAST(v.content AS TEXT) ELSE '' END
        FROM document d
        JOIN patient pa ON pa.id = d.patientId
        LEFT JOIN professional pr ON pr.rpps = d.authorRpps
        LEFT JOIN establishment es ON es.finess = d.authorFiness
        JOIN documentVersion v ON v.documentId = d.id
            AND v.version = (SELECT max(version) FROM documentVersion WHERE documentId = d.id);
        """
}

extension PostgresSchema {
    /// Document search with PostgreSQL's full-text search, where SQLite has FTS5 (v4): one row
    /// per document with its title, its author's name and the text of its latest version,
    /// written by the store with the document. `words` holds them three ways, all with accents
    /// folded by `unaccent` (in Debian's postgresql package; a trusted extension, so the
    /// database's owner may create it): as typed (`carnet_simple`, for prefixes as the browser
    /// searches while one types), and stemmed in French (`carnet_fr`) and English
    /// (`carnet_en`), so that "radiographies" finds "radiographie".
    static let documentSearch = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE TEXT SEARCH CONFIGURATION carnet_simple (COPY = simple)",
        "CREATE TEXT SEARCH CONFIGURATION carnet_fr (COPY = french)",
        "CREATE TEXT SEARCH CONFIGURATION carnet_en (COPY = english)",
        """
        ALTER TEXT SEARCH CONFIGURATION carnet_simple
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple
        """,
        """
        ALTER TEXT SEARCH CONFIGURATION carnet_fr
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem
        """,
        """
        ALTER TEXT SEARCH CONFIGURATION carnet_en
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem
        """,
        """
        CREATE TABLE documentSearch (
            documentId bigint PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
            title text NOT NULL,
            author text NOT NULL DEFAULT '',
            body text NOT NULL DEFAULT '',
            words tsvector GENERATED ALWAYS AS (
                to_tsvector('carnet_simple', title || ' ' || author || ' ' || body)
                || to_tsvector('carnet_fr', title || ' ' || author || ' ' || body)
                || to_tsvector('carnet_en', title || ' ' || author || ' ' || body)) STORED
        )
        """,
        "CREATE INDEX document_search_words ON documentSearch USING gin (words)",
        "CREATE AGGREGATE carnet_tsquery_and (tsquery) (SFUNC = tsquery_and, STYPE = tsquery)",
        // The query for the words typed (as `DocumentFilter.words` splits them): every word
        // must begin a word of the document, as typed or stemmed in French or English. Only
        // letters and digits reach `to_tsquery`, so nothing typed is read as its syntax.
        """
        CREATE FUNCTION carnet_search_query(typed text[]) RETURNS tsquery
        LANGUAGE sql IMMUTABLE STRICT AS $$
            SELECT coalesce(carnet_tsquery_and(
                to_tsquery('carnet_simple', prefix) || to_tsquery('carnet_fr', prefix)
                || to_tsquery('carnet_en', prefix)), ''::tsquery)
            FROM (SELECT '''' || trim(regexp_replace(word, '[^[:alnum:]]+', ' ', 'g')) || ''':*' AS prefix
                  FROM unnest(typed) AS word WHERE word ~ '[[:alnum:]]') AS words
        $$
        """,
    ]
}

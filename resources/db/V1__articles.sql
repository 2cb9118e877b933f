-- Articles, their analysis cache and app settings.
CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,       -- SHA-256 of the normalized text: the same text is the same article
    title         TEXT    NOT NULL,
    original_text TEXT    NOT NULL,              -- as imported (decoded); normalization is recomputed from it
    block_hints   TEXT,                          -- JSON {paragraph: kind} from HTML import, or NULL
    byline        TEXT,
    published     TEXT,
    url           TEXT,
    site_name     TEXT,
    origin        TEXT,                          -- file path, URL or 'pasted text'
    outlet_name   TEXT,                          -- denormalized from analysis, for the library list
    imported_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE analysis_cache (
    article_id       INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    analyzer_version TEXT    NOT NULL,
    sources_count    INTEGER NOT NULL,
    outlets_count    INTEGER NOT NULL,
    duplicates_count INTEGER NOT NULL,
    assertions_count INTEGER NOT NULL,
    computed_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

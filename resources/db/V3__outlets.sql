-- The reader's own outlet registry entries (added or corrected in the Provenance panel) and publisher overrides.
-- A user entry with the id of a shipped registry entry replaces it; lists are stored one item per line.
CREATE TABLE user_outlet (
    id             TEXT PRIMARY KEY,                  -- registry id it corrects, or a new id
    name           TEXT NOT NULL,
    aliases        TEXT NOT NULL DEFAULT '',
    domains        TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    owner          TEXT NOT NULL DEFAULT '',
    typology       TEXT CHECK (typology IS NULL OR typology IN ('SC','CaPu','CaPr','ISFM','ISF','ISM','IP')),
    classification TEXT NOT NULL DEFAULT '',
    year           INTEGER NOT NULL DEFAULT 0,
    source_url     TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Who published an article, as the reader set it (wins over detection).
CREATE TABLE article_publisher (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    outlet_id  TEXT,                                  -- registry or user outlet id, or NULL for a name not in the registry
    name       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

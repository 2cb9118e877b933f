-- The reader's edits of the shipped word lists (resources/lexicons/*.txt) used by the assertions detector:
-- a term added to a list, or a shipped term removed from it. One row per (list, term); the latest edit wins.
CREATE TABLE lexicon_term (
    lexicon    TEXT NOT NULL,                                   -- word-list name, e.g. 'loaded-terms'
    term       TEXT NOT NULL,                                   -- as the reader typed it
    term_key   TEXT NOT NULL,                                   -- lower-cased term, for case-insensitive identity
    change     TEXT NOT NULL CHECK (change IN ('added', 'removed')),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    seq        INTEGER NOT NULL,                                -- order of edits, for replaying them
    PRIMARY KEY (lexicon, term_key)
);

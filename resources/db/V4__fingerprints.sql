-- Fingerprints of each article's text (issue 5: duplicated passages). Looking one article's fingerprints up by
-- hash finds the articles that may share passages with it without reading the library. Rows follow their
-- article: inserted on import, deleted with it (fingerprint_doc cascades from article; its trigger removes the rows,
-- which saves a foreign-key lookup for each of the ~120 rows an article has).
CREATE TABLE fingerprint_doc (
    article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,               -- DuplicateFinder.FINGERPRINT_VERSION the rows were computed with
    count      INTEGER NOT NULL                -- number of fingerprint rows of the article
);

CREATE TABLE fingerprint (
    hash       INTEGER NOT NULL,               -- 32-bit winnowed hash of three consecutive content words
    article_id INTEGER NOT NULL,               -- fingerprint_doc(article_id); removed by the trigger below
    PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;

-- Deleting an article (and its cascade) finds its rows here.
CREATE INDEX fingerprint_article ON fingerprint(article_id);

CREATE TRIGGER fingerprint_doc_delete AFTER DELETE ON fingerprint_doc
BEGIN
    DELETE FROM fingerprint WHERE article_id = old.article_id;
END;

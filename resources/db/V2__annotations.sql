-- The reader's annotations: highlights with an optional note and tags, anchored like W3C Web Annotations by a
-- text-position selector (start_offset/end_offset, UTF-16 offsets into the normalized text) and a text-quote selector
-- (exact, prefix, suffix). orphan = 1 when the quote could not be found in the article's current text.
CREATE TABLE annotation (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,   -- AUTOINCREMENT: ids are never reused, so an undone delete gets its id back
    uuid         TEXT    NOT NULL UNIQUE,             -- W3C id urn:uuid:<uuid>; imports are deduplicated by it
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    colour       TEXT    NOT NULL,                    -- AnnotationColour.id(): yellow, sky-blue, bluish-green, orange, reddish-purple
    note         TEXT    NOT NULL DEFAULT '',
    orphan       INTEGER NOT NULL DEFAULT 0,
    created      TEXT    NOT NULL,                    -- ISO 8601 instants
    modified     TEXT    NOT NULL
);

CREATE INDEX annotation_by_article ON annotation(article_id, orphan, start_offset, end_offset);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,                   -- the order the reader gave the tags in
    tag           TEXT    NOT NULL,
    PRIMARY KEY (annotation_id, position)
);

CREATE INDEX annotation_tag_by_tag ON annotation_tag(tag COLLATE NOCASE);

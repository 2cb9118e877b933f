-- Classroom: lessons imported or exported by this library, and students' work on them.
CREATE TABLE lesson (
    id          TEXT PRIMARY KEY,                -- the pack's lesson id: importing the same pack again updates this row
    title       TEXT NOT NULL,
    app_version TEXT NOT NULL,                   -- the Sourcelight that made the lesson
    lesson_json TEXT NOT NULL,                   -- the whole lesson (articles, key, questions) as JSON
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE lesson_article (
    lesson_id  TEXT    NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,                 -- 0-based index of the article in the lesson
    article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
    PRIMARY KEY (lesson_id, position)
);

CREATE TABLE student_work (
    id         INTEGER PRIMARY KEY,
    lesson_id  TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
    student    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (lesson_id, student)
);

CREATE TABLE student_mark (
    work_id      INTEGER NOT NULL REFERENCES student_work(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    article      INTEGER NOT NULL,               -- 0-based index of the article in the lesson
    category     TEXT    NOT NULL,               -- SOURCE, STATE_MEDIA, DUPLICATE, ASSERTION
    start_offset INTEGER NOT NULL,               -- [start, end) in the article's normalized text
    end_offset   INTEGER NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (work_id, position)
);

CREATE TABLE student_answer (
    work_id  INTEGER NOT NULL REFERENCES student_work(id) ON DELETE CASCADE,
    question INTEGER NOT NULL,                   -- 0-based index of the question in the lesson
    answer   TEXT    NOT NULL,
    PRIMARY KEY (work_id, question)
);

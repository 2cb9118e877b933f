package org.sourcelight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lessons and students' work. Lessons are stored whole as JSON (the classroom package owns the format) with links to
 * their articles in the library; a student's work is one row with its marks and answers, replaced as a whole on each
 * save, in one transaction. Categories are stored by name.
 */
public final class ClassroomRepository {
    private final Database db;

    public ClassroomRepository(Database db) {
        this.db = db;
    }

    public record LessonRow(String id, String title, String appVersion, String json, String updatedAt) {}

    public record MarkRow(int article, String category, int start, int end, String note) {}

    public record AnswerRow(int question, String answer) {}

    public record WorkRow(String lessonId, String student, List<MarkRow> marks, List<AnswerRow> answers, String updatedAt) {
        public WorkRow {
            marks = List.copyOf(marks);
            answers = List.copyOf(answers);
        }
    }

    /** Adds or updates a lesson (same id, same lesson). {@code articleIds} are the library ids, by position. */
    public boolean saveLesson(String id, String title, String appVersion, String json, List<Long> articleIds) {
        return db.inTransaction(c -> {
            boolean existed = exists(c, id);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lesson(id, title, app_version, lesson_json) VALUES (?,?,?,?)"
                    + " ON CONFLICT(id) DO UPDATE SET title=excluded.title, app_version=excluded.app_version,"
                    + " lesson_json=excluded.lesson_json, updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')")) {
                s.setString(1, id);
                s.setString(2, title);
                s.setString(3, appVersion);
                s.setString(4, json);
                s.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM lesson_article WHERE lesson_id = ?")) {
                d.setString(1, id);
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lesson_article(lesson_id, position, article_id) VALUES (?,?,?)")) {
                for (int i = 0; i < articleIds.size(); i++) {
                    s.setString(1, id);
                    s.setInt(2, i);
                    if (articleIds.get(i) == null) s.setNull(3, Types.INTEGER);
                    else s.setLong(3, articleIds.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return existed;
        });
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM lesson WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<LessonRow> findLesson(String id) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id, title, app_version, lesson_json, updated_at FROM lesson WHERE id = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(lessonRow(rs)) : Optional.empty();
                }
            }
        });
    }

    /** All lessons, most recently updated first. */
    public List<LessonRow> lessons() {
        return db.read(c -> {
            List<LessonRow> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, title, app_version, lesson_json, updated_at FROM lesson ORDER BY updated_at DESC, title");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(lessonRow(rs));
            }
            return out;
        });
    }

    private static LessonRow lessonRow(ResultSet rs) throws SQLException {
        return new LessonRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** Library article ids of a lesson, by position (null where the article was deleted from the library). */
    public List<Long> lessonArticles(String lessonId) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM lesson_article WHERE lesson_id = ? ORDER BY position")) {
                q.setString(1, lessonId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long v = rs.getLong(1);
                        out.add(rs.wasNull() ? null : v);
                    }
                }
            }
            return out;
        });
    }

    public int lessonCount() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM lesson"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Saves a student's work on a lesson, replacing what was saved before under the same name. */
    public void saveWork(WorkRow w) {
        db.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO student_work(lesson_id, student, updated_at) VALUES (?,?,?)"
                    + " ON CONFLICT(lesson_id, student) DO UPDATE SET updated_at=excluded.updated_at RETURNING id")) {
                s.setString(1, w.lessonId());
                s.setString(2, w.student());
                s.setString(3, w.updatedAt());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            for (String table : List.of("student_mark", "student_answer")) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE work_id = ?")) {
                    d.setLong(1, id);
                    d.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO student_mark(work_id, position, article, category,"
                    + " start_offset, end_offset, note) VALUES (?,?,?,?,?,?,?)")) {
                for (int i = 0; i < w.marks().size(); i++) {
                    MarkRow m = w.marks().get(i);
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setInt(3, m.article());
                    s.setString(4, m.category());
                    s.setInt(5, m.start());
                    s.setInt(6, m.end());
                    s.setString(7, m.note() == null ? "" : m.note());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO student_answer(work_id, question, answer) VALUES (?,?,?)")) {
                for (AnswerRow a : w.answers()) {
                    s.setLong(1, id);
                    s.setInt(2, a.question());
                    s.setString(3, a.answer());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public Optional<WorkRow> findWork(String lessonId, String student) {
        return db.read(c -> {
            long id;
            String updated;
            try (PreparedStatement q = c.prepareStatement("SELECT id, updated_at FROM student_work WHERE lesson_id = ? AND student = ?")) {
                q.setString(1, lessonId);
                q.setString(2, student);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    id = rs.getLong(1);
                    updated = rs.getString(2);
                }
            }
            List<MarkRow> marks = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT article, category, start_offset, end_offset, note FROM student_mark"
                    + " WHERE work_id = ? ORDER BY position")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) marks.add(new MarkRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
            List<AnswerRow> answers = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT question, answer FROM student_answer WHERE work_id = ? ORDER BY question")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) answers.add(new AnswerRow(rs.getInt(1), rs.getString(2)));
                }
            }
            return Optional.of(new WorkRow(lessonId, student, marks, answers, updated));
        });
    }

    /** Names of the students with saved work on a lesson, alphabetically. */
    public List<String> students(String lessonId) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT student FROM student_work WHERE lesson_id = ? ORDER BY student COLLATE NOCASE")) {
                q.setString(1, lessonId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}

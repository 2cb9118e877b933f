package org.sourcelight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.LibraryNote;
import org.sourcelight.model.Reanchoring;
import org.sourcelight.model.TextAnchor;
import org.sourcelight.text.Anchorer;

/**
 * The reader's annotations. Every write is one transaction, committed before the method returns, so a saved
 * annotation survives the app being killed right after. Saving is an upsert by uuid, which makes a retry after a
 * failed save, an undo of a delete ({@link #restore}) and an import all safe to repeat.
 */
public final class AnnotationRepository {
    private final Database db;

    public AnnotationRepository(Database db) {
        this.db = db;
    }

    /** Creates or updates (by uuid) an annotation with its tags; returns it with its library id. */
    public Annotation save(Annotation a) {
        return db.inTransaction(c -> write(c, a));
    }

    /** Saves every annotation in one transaction: all are saved, or none when one fails. */
    public void saveAll(List<Annotation> all) {
        db.inTransaction(c -> {
            for (Annotation a : all) write(c, a);
            return null;
        });
    }

    /** Puts back a deleted annotation (undo), with its id, uuid, tags and dates. */
    public Annotation restore(Annotation deleted) {
        return save(deleted);
    }

    /** Deletes by uuid; returns what was deleted (keep it to {@link #restore} it), or empty if there was none. */
    public Optional<Annotation> delete(String uuid) {
        return db.inTransaction(c -> {
            Optional<Annotation> found = find(c, uuid);
            if (found.isPresent()) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM annotation WHERE uuid = ?")) {
                    s.setString(1, uuid);
                    s.executeUpdate();
                }
            }
            return found;
        });
    }

    public Optional<Annotation> find(String uuid) {
        return db.read(c -> find(c, uuid));
    }

    public boolean exists(String uuid) {
        return find(uuid).isPresent();
    }

    /** An article's annotations as stored, in {@link Annotation#TEXT_ORDER}. */
    public List<Annotation> forArticle(long articleId) {
        return annotations(db.read(c -> load(c, "a.article_id = ?", "a.orphan, a.start_offset, a.end_offset, a.created",
                List.of(articleId))));
    }

    /** Every annotation of the library, by article then text order (for a full export). */
    public List<Annotation> all() {
        return annotations(db.read(c -> load(c, "1=1", "a.article_id, a.orphan, a.start_offset, a.end_offset, a.created",
                List.of())));
    }

    /**
     * Library-wide search: annotations whose note, quote or tags contain every word of {@code query} (case-insensitive
     * substring); a blank query lists all. Most recently changed first.
     */
    public List<LibraryNote> search(String query) {
        StringBuilder where = new StringBuilder("1=1");
        List<Object> params = new ArrayList<>();
        if (query != null) {
            for (String w : query.strip().split("\\s+")) {
                if (w.isEmpty()) continue;
                where.append(" AND (a.note LIKE ? ESCAPE '\\' OR a.exact LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM"
                        + " annotation_tag st WHERE st.annotation_id = a.id AND st.tag LIKE ? ESCAPE '\\'))");
                String like = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                for (int j = 0; j < 3; j++) params.add(like);
            }
        }
        return db.read(c -> load(c, where.toString(), "a.modified DESC, a.id DESC", params));
    }

    /** Every tag in use, alphabetically (case-insensitive), each once. */
    public List<String> tags() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT min(tag) FROM annotation_tag GROUP BY lower(tag) ORDER BY lower(tag)");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    /**
     * Anchors an article's annotations to its current normalized {@code text} (after a re-import or a better
     * extraction, or simply on opening it): those still in place are untouched; moved, fuzzily matched and orphaned
     * ones are saved with their new place or orphan flag in one transaction. Orphans are kept, never deleted.
     */
    public Reanchoring anchor(long articleId, String text) {
        List<Annotation> stored = forArticle(articleId);
        List<Annotation> result = new ArrayList<>(stored.size());
        List<Annotation> changed = new ArrayList<>();
        List<Annotation> orphans = new ArrayList<>();
        int moved = 0, fuzzy = 0;
        for (Annotation a : stored) {
            Anchorer.Placement p = Anchorer.place(a.anchor(), text);
            Annotation placed = a.placed(p.anchor(), p.isOrphan());
            if (p.method() == Anchorer.Method.QUOTE || p.method() == Anchorer.Method.FUZZY) moved++;
            if (p.method() == Anchorer.Method.FUZZY) fuzzy++;
            if (p.isOrphan()) orphans.add(placed);
            if (!placed.equals(a)) changed.add(placed);
            result.add(placed);
        }
        if (!changed.isEmpty()) {
            db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET start_offset = ?, end_offset = ?,"
                        + " exact = ?, prefix = ?, suffix = ?, orphan = ? WHERE id = ?")) {
                    for (Annotation a : changed) {
                        TextAnchor an = a.anchor();
                        s.setInt(1, an.start());
                        s.setInt(2, an.end());
                        s.setString(3, an.exact());
                        s.setString(4, an.prefix());
                        s.setString(5, an.suffix());
                        s.setInt(6, a.orphan() ? 1 : 0);
                        s.setLong(7, a.id());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            });
        }
        result.sort(Annotation.TEXT_ORDER);
        return new Reanchoring(result, moved, fuzzy, orphans);
    }

    /** The upsert itself, for callers already inside a transaction (imports). */
    static Annotation write(Connection c, Annotation a) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation(id, uuid, article_id, start_offset,"
                + " end_offset, exact, prefix, suffix, colour, note, orphan, created, modified)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uuid) DO UPDATE SET"
                + " start_offset = excluded.start_offset, end_offset = excluded.end_offset, exact = excluded.exact,"
                + " prefix = excluded.prefix, suffix = excluded.suffix, colour = excluded.colour, note = excluded.note,"
                + " orphan = excluded.orphan, modified = excluded.modified RETURNING id")) {
            if (a.id() > 0) s.setLong(1, a.id());
            else s.setNull(1, java.sql.Types.INTEGER);
            s.setString(2, a.uuid());
            s.setLong(3, a.articleId());
            s.setInt(4, a.start());
            s.setInt(5, a.end());
            s.setString(6, a.exact());
            s.setString(7, a.anchor().prefix());
            s.setString(8, a.anchor().suffix());
            s.setString(9, a.colour().id());
            s.setString(10, a.note());
            s.setInt(11, a.orphan() ? 1 : 0);
            s.setString(12, a.created().toString());
            s.setString(13, a.modified().toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM annotation_tag WHERE annotation_id = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
        }
        if (!a.tags().isEmpty()) {
            try (PreparedStatement t = c.prepareStatement(
                    "INSERT INTO annotation_tag(annotation_id, position, tag) VALUES (?,?,?)")) {
                for (int i = 0; i < a.tags().size(); i++) {
                    t.setLong(1, id);
                    t.setInt(2, i);
                    t.setString(3, a.tags().get(i));
                    t.addBatch();
                }
                t.executeBatch();
            }
        }
        return a.withId(id);
    }

    private static Optional<Annotation> find(Connection c, String uuid) throws SQLException {
        List<LibraryNote> l = load(c, "a.uuid = ?", "a.id", List.of(uuid));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0).annotation());
    }

    private static List<Annotation> annotations(List<LibraryNote> notes) {
        List<Annotation> out = new ArrayList<>(notes.size());
        for (LibraryNote n : notes) out.add(n.annotation());
        return out;
    }

    /** Annotations matching {@code where} (over alias a), with their tags (one more query) and article titles. */
    private static List<LibraryNote> load(Connection c, String where, String order, List<Object> params)
            throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT t.annotation_id, t.tag FROM annotation_tag t"
                + " JOIN annotation a ON a.id = t.annotation_id WHERE " + where + " ORDER BY t.annotation_id, t.position")) {
            bind(q, params);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<LibraryNote> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT a.id, a.uuid, a.article_id, a.start_offset, a.end_offset,"
                + " a.exact, a.prefix, a.suffix, a.colour, a.note, a.created, a.modified, a.orphan, ar.title"
                + " FROM annotation a JOIN article ar ON ar.id = a.article_id WHERE " + where + " ORDER BY " + order)) {
            bind(q, params);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    AnnotationColour colour = AnnotationColour.fromId(rs.getString(9));
                    long id = rs.getLong(1);
                    Annotation a = new Annotation(id, rs.getString(2), rs.getLong(3),
                            new TextAnchor(rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                            colour == null ? AnnotationColour.YELLOW : colour, rs.getString(10),
                            tags.getOrDefault(id, List.of()), instant(rs.getString(11)), instant(rs.getString(12)),
                            rs.getInt(13) != 0);
                    out.add(new LibraryNote(a, rs.getString(14)));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement q, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) q.setObject(i + 1, params.get(i));
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }
}

package org.sourcelight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.text.LexiconSet;

/**
 * The reader's additions to and removals from the shipped word lists (table {@code lexicon_term}). Only real
 * differences are stored: adding back a shipped term, or removing a term the reader had added, deletes the row.
 */
public final class LexiconRepository {
    private final Database db;
    private final Lexicons shipped;

    public LexiconRepository(Database db) {
        this(db, Lexicons.standard());
    }

    /** @param shipped the lists the edits apply to (the shipped files; tests may pass others) */
    public LexiconRepository(Database db, Lexicons shipped) {
        this.db = db;
        this.shipped = shipped;
    }

    /** The stored edits, oldest first. */
    public List<LexiconEdit> edits() {
        return db.read(c -> {
            List<LexiconEdit> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT lexicon, term, change FROM lexicon_term ORDER BY seq");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(new LexiconEdit(rs.getString(1), rs.getString(2), LexiconEdit.Change.ofCode(rs.getString(3))));
            }
            return out;
        });
    }

    /** The shipped lists with the stored edits applied: what the detector should be built from. */
    public Lexicons lexicons() {
        return shipped.with(edits());
    }

    /** Every shipped word list with the stored edits applied: what the whole pipeline is built from. */
    public LexiconSet lexiconSet() {
        return shipped.set().with(edits());
    }

    /** Stores the edits in order, all in one transaction (none is stored if one fails). */
    public void save(List<LexiconEdit> edits) {
        if (edits.isEmpty()) return;
        db.inTransaction(c -> {
            long seq = nextSeq(c);
            for (LexiconEdit e : edits) {
                String key = e.term().toLowerCase(Locale.ROOT);
                boolean isShipped = shipped.isShipped(e.lexicon(), e.term());
                boolean backToShipped = (e.change() == LexiconEdit.Change.ADDED) == isShipped;
                if (backToShipped) {
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM lexicon_term WHERE lexicon = ? AND term_key = ?")) {
                        d.setString(1, e.lexicon());
                        d.setString(2, key);
                        d.executeUpdate();
                    }
                    continue;
                }
                try (PreparedStatement u = c.prepareStatement(
                        "INSERT INTO lexicon_term(lexicon, term, term_key, change, seq) VALUES (?,?,?,?,?) "
                                + "ON CONFLICT(lexicon, term_key) DO UPDATE SET term = excluded.term, change = excluded.change, "
                                + "seq = excluded.seq, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) {
                    u.setString(1, e.lexicon());
                    u.setString(2, e.term());
                    u.setString(3, key);
                    u.setString(4, e.change().code());
                    u.setLong(5, seq++);
                    u.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Forgets every edit of one list: it is the shipped list again. */
    public void reset(String lexicon) {
        db.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM lexicon_term WHERE lexicon = ?")) {
                d.setString(1, lexicon);
                d.executeUpdate();
            }
            return null;
        });
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM lexicon_term");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 1;
        }
    }
}

package org.sourcelight.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcelight.analysis.duplicates.CandidateCounter;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.FingerprintIndex;

/**
 * The library's {@link FingerprintIndex}: tables {@code fingerprint} (hash, article; primary key on the hash) and
 * {@code fingerprint_doc} (which articles are indexed, with which fingerprint version), migration V4. Rows are
 * written when an article is indexed and go away with the article (ON DELETE CASCADE). Every write is one
 * transaction; a lookup reads at most {@link #POSTINGS_PER_FINGERPRINT} rows per fingerprint through the primary key.
 */
public final class FingerprintRepository implements FingerprintIndex {
    private final Database db;

    public FingerprintRepository(Database db) {
        this.db = db;
    }

    @Override
    public void put(long article, int[] fingerprints) {
        putAll(Map.of(article, fingerprints));
    }

    /**
     * Stores many articles' fingerprints in one transaction (bulk import, re-indexing), replacing what they had.
     * Rows are inserted in hash order, so the primary-key B-tree is walked once instead of jumped about.
     */
    public void putAll(Map<Long, int[]> byArticle) {
        int total = 0;
        for (int[] f : byArticle.values()) total += f.length;
        long[] rows = new long[total]; // hash in the high half, position of the article in the low half
        List<Long> order = new ArrayList<>(byArticle.keySet());
        int k = 0;
        for (int a = 0; a < order.size(); a++) {
            for (int f : byArticle.get(order.get(a))) rows[k++] = ((long) f << 32) | a;
        }
        java.util.Arrays.sort(rows);
        db.inTransaction(c -> {
            try (PreparedStatement delRows = c.prepareStatement("DELETE FROM fingerprint WHERE article_id = ?");
                 PreparedStatement delDoc = c.prepareStatement("DELETE FROM fingerprint_doc WHERE article_id = ?");
                 PreparedStatement doc = c.prepareStatement("INSERT INTO fingerprint_doc(article_id, version, count) VALUES (?,?,?)");
                 PreparedStatement many = c.prepareStatement(insertRows(ROWS_PER_INSERT));
                 PreparedStatement one = c.prepareStatement(insertRows(1))) {
                for (long article : order) {
                    delete(delRows, delDoc, article);
                    doc.setLong(1, article);
                    doc.setInt(2, DuplicateFinder.FINGERPRINT_VERSION);
                    doc.setInt(3, byArticle.get(article).length);
                    doc.executeUpdate();
                }
                int i = 0;
                for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
                    for (int j = 0; j < ROWS_PER_INSERT; j++) bind(many, 2 * j, rows[i + j], order);
                    many.executeUpdate();
                }
                for (; i < rows.length; i++) {
                    bind(one, 0, rows[i], order);
                    one.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public boolean has(long article) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT version FROM fingerprint_doc WHERE article_id = ?")) {
                q.setLong(1, article);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() && rs.getInt(1) == DuplicateFinder.FINGERPRINT_VERSION;
                }
            }
        });
    }

    @Override
    public void remove(long article) {
        db.inTransaction(c -> {
            try (PreparedStatement delRows = c.prepareStatement("DELETE FROM fingerprint WHERE article_id = ?");
                 PreparedStatement delDoc = c.prepareStatement("DELETE FROM fingerprint_doc WHERE article_id = ?")) {
                delete(delRows, delDoc, article);
            }
            return null;
        });
    }

    /** Rows per INSERT statement: one call into SQLite stores this many (far cheaper than one call per row). */
    private static final int ROWS_PER_INSERT = 100;

    private static String insertRows(int n) {
        StringBuilder sql = new StringBuilder("INSERT OR IGNORE INTO fingerprint(hash, article_id) VALUES (?,?)");
        for (int i = 1; i < n; i++) sql.append(",(?,?)");
        return sql.toString();
    }

    private static void bind(PreparedStatement s, int at, long row, List<Long> articles) throws SQLException {
        s.setInt(at + 1, (int) (row >> 32));
        s.setLong(at + 2, articles.get((int) row));
    }

    private static void delete(PreparedStatement rows, PreparedStatement doc, long article) throws SQLException {
        rows.setLong(1, article);
        rows.executeUpdate();
        doc.setLong(1, article);
        doc.executeUpdate();
    }

    @Override
    public List<Candidate> candidates(int[] fingerprints, long exclude, int limit) {
        return db.read(c -> {
            CandidateCounter counter = new CandidateCounter(exclude);
            try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM fingerprint WHERE hash = ? ORDER BY article_id LIMIT ?")) {
                for (int f : fingerprints) {
                    q.setInt(1, f);
                    q.setInt(2, POSTINGS_PER_FINGERPRINT);
                    List<Long> postings = new ArrayList<>();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) postings.add(rs.getLong(1));
                    }
                    if (!postings.isEmpty()) counter.add(postings);
                }
            }
            return counter.top(limit);
        });
    }

    /** Library articles whose fingerprints are missing or of another version. */
    public List<Long> unindexed() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT a.id FROM article a LEFT JOIN fingerprint_doc f"
                    + " ON f.article_id = a.id WHERE f.article_id IS NULL OR f.version <> ? ORDER BY a.id")) {
                q.setInt(1, DuplicateFinder.FINGERPRINT_VERSION);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** The stored fingerprints of one article, sorted. */
    public int[] fingerprints(long article) {
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT hash FROM fingerprint WHERE article_id = ? ORDER BY hash")) {
                q.setLong(1, article);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(rs.getInt(1));
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Number of fingerprint rows in the library. */
    public long rows() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM fingerprint"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}

package org.sourcelight.store;

import java.sql.Connection;
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
        db.inTransaction(c -> {
            write(c, article, fingerprints);
            return null;
        });
    }

    /** Stores many articles' fingerprints in one transaction (bulk import, re-indexing). */
    public void putAll(Map<Long, int[]> byArticle) {
        db.inTransaction(c -> {
            for (Map.Entry<Long, int[]> e : byArticle.entrySet()) write(c, e.getKey(), e.getValue());
            return null;
        });
    }

    private static void write(Connection c, long article, int[] fingerprints) throws SQLException {
        delete(c, article);
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO fingerprint(hash, article_id) VALUES (?,?)")) {
            for (int f : fingerprints) {
                s.setInt(1, f);
                s.setLong(2, article);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fingerprint_doc(article_id, version, count) VALUES (?,?,?)")) {
            s.setLong(1, article);
            s.setInt(2, DuplicateFinder.FINGERPRINT_VERSION);
            s.setInt(3, fingerprints.length);
            s.executeUpdate();
        }
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
            delete(c, article);
            return null;
        });
    }

    private static void delete(Connection c, long article) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM fingerprint WHERE article_id = ?")) {
            s.setLong(1, article);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM fingerprint_doc WHERE article_id = ?")) {
            s.setLong(1, article);
            s.executeUpdate();
        }
    }

    @Override
    public List<Candidate> candidates(int[] fingerprints, long exclude, int limit) {
        return db.read(c -> {
            CandidateCounter counter = new CandidateCounter(exclude);
            try (PreparedStatement q = c.prepareStatement("SELECT article_id FROM fingerprint WHERE hash = ? ORDER BY article_id LIMIT ?")) {
                for (int f : fingerprints) {
                    q.setInt(1, f);
                    q.setInt(2, POSTINGS_PER_FINGERPRINT);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) counter.add(rs.getLong(1));
                    }
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

package org.sourcelight.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.BlockKind;
import org.sourcelight.text.Normalizer;

/** Articles of the library: add (deduplicated by normalized text), list, search, load, delete. */
public final class ArticleRepository {
    private final Database db;

    public ArticleRepository(Database db) {
        this.db = db;
    }

    /** Result of adding: the article's id and whether it was already in the library. */
    public record Added(long id, boolean existed) {}

    public static String contentHash(String originalText) {
        return hashOfNormalized(Normalizer.normalize(originalText).text());
    }

    /** The content hash of an article whose normalized text is {@code normalized} (its document's text). */
    public static String contentHashOfNormalized(String normalized) {
        return hashOfNormalized(normalized);
    }

    private static String hashOfNormalized(String normalized) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds an article unless the same text is already there; returns its id either way. */
    public Added add(String title, String originalText, Map<Integer, BlockKind> hints, ArticleMeta meta) {
        String normalized = Normalizer.normalize(originalText).text();
        String hash = hashOfNormalized(normalized);
        return db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) return new Added(rs.getLong(1), true);
                }
            }
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO article(content_hash, title, original_text, block_hints, byline, published, url, site_name, origin,"
                            + " updated, language) VALUES (?,?,?,?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, hash);
                s.setString(2, title);
                s.setString(3, originalText);
                setNullable(s, 4, encodeHints(hints));
                setNullable(s, 5, meta.byline());
                setNullable(s, 6, meta.published());
                setNullable(s, 7, meta.url());
                setNullable(s, 8, meta.siteName());
                setNullable(s, 9, meta.origin());
                setNullable(s, 10, meta.updated());
                setNullable(s, 11, meta.language());
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            try (PreparedStatement f = c.prepareStatement("INSERT INTO article_fts(rowid, title, body) VALUES (?,?,?)")) {
                f.setLong(1, id);
                f.setString(2, title);
                f.setString(3, normalized);
                f.executeUpdate();
            }
            return new Added(id, false);
        });
    }

    public Optional<StoredArticle> find(long id) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, content_hash, title, original_text, block_hints, byline, published, url, site_name, origin,"
                            + " outlet_name, imported_at, updated, language FROM article WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    ArticleMeta meta = new ArticleMeta(rs.getString(3), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(13), rs.getString(14));
                    return Optional.of(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            decodeHints(rs.getString(5)), meta, rs.getString(11), rs.getString(12)));
                }
            }
        });
    }

    public List<Long> ids() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM article ORDER BY id");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /** The article whose normalized-text hash is {@code contentHash}, if any. */
    public Optional<Long> idByContentHash(String contentHash) {
        return firstId("SELECT id FROM article WHERE content_hash = ?", contentHash);
    }

    /** The oldest article whose web address or origin is {@code source}, if any. */
    public Optional<Long> idBySource(String source) {
        return firstId("SELECT id FROM article WHERE url = ? OR origin = ? ORDER BY id LIMIT 1", source, source);
    }

    private Optional<Long> firstId(String sql, String... args) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) q.setString(i + 1, args[i]);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM article"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * The library list, optionally filtered by a full-text query over title and text (words are matched as
     * prefixes, all must occur).
     */
    public List<ArticleSummary> list(String query) {
        String match = toFtsQuery(query);
        String sql = "SELECT a.id, a.title, a.outlet_name, a.published, a.imported_at,"
                + " coalesce(c.sources_count,-1), coalesce(c.outlets_count,-1), coalesce(c.duplicates_count,-1),"
                + " coalesce(c.assertions_count,-1) FROM article a LEFT JOIN analysis_cache c ON c.article_id = a.id"
                + (match == null ? "" : " WHERE a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
                + " ORDER BY a.id";
        return db.read(c -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql)) {
                if (match != null) q.setString(1, match);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                    }
                }
            }
            return out;
        });
    }

    static String toFtsQuery(String query) {
        if (query == null || query.isBlank()) return null;
        StringBuilder sb = new StringBuilder();
        for (String w : query.strip().split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append('"').append(w.replace("\"", "")).append('"').append('*');
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Records the per-panel counts and the outlet name after analysis. */
    public void saveSummary(long id, String analyzerVersion, String outletName, int sources, int outlets, int duplicates,
                            int assertions) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_cache(article_id, analyzer_version,"
                    + " sources_count, outlets_count, duplicates_count, assertions_count) VALUES (?,?,?,?,?,?)"
                    + " ON CONFLICT(article_id) DO UPDATE SET analyzer_version=excluded.analyzer_version,"
                    + " sources_count=excluded.sources_count, outlets_count=excluded.outlets_count,"
                    + " duplicates_count=excluded.duplicates_count, assertions_count=excluded.assertions_count,"
                    + " computed_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')")) {
                s.setLong(1, id);
                s.setString(2, analyzerVersion);
                s.setInt(3, sources);
                s.setInt(4, outlets);
                s.setInt(5, duplicates);
                s.setInt(6, assertions);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE article SET outlet_name = ? WHERE id = ?")) {
                setNullable(s, 1, outletName);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The analyser version the cached counts were computed with, or null. */
    public String cachedVersion(long id) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT analyzer_version FROM analysis_cache WHERE article_id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public boolean delete(long id) {
        return db.inTransaction(c -> {
            try (PreparedStatement f = c.prepareStatement("DELETE FROM article_fts WHERE rowid = ?")) {
                f.setLong(1, id);
                f.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static void setNullable(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) s.setNull(i, Types.VARCHAR);
        else s.setString(i, v);
    }

    static String encodeHints(Map<Integer, BlockKind> hints) {
        if (hints == null || hints.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, BlockKind> e : hints.entrySet()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(e.getKey()).append('=').append(e.getValue().name());
        }
        return sb.toString();
    }

    static Map<Integer, BlockKind> decodeHints(String s) {
        if (s == null || s.isBlank()) return Map.of();
        Map<Integer, BlockKind> out = new LinkedHashMap<>();
        for (String part : s.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            try {
                out.put(Integer.parseInt(part.substring(0, eq)), BlockKind.valueOf(part.substring(eq + 1)));
            } catch (IllegalArgumentException ignored) {
                // an unknown kind from a later version is read as no hint
            }
        }
        return out;
    }
}

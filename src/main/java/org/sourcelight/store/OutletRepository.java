package org.sourcelight.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Typology;

/**
 * The reader's outlet corrections: registry entries they added or corrected (origin "user"; they win over the
 * shipped entry with the same id) and the publisher they set for an article.
 */
public final class OutletRepository {
    /** The publisher the reader chose for an article: a registry/user outlet id, or only a name. */
    public record PublisherChoice(long articleId, String outletId, String name) {}

    private final Database db;

    public OutletRepository(Database db) {
        this.db = db;
    }

    /** Adds or replaces the reader's entry with {@code outlet.id()}; it is stored with origin "user". */
    public void save(Outlet outlet) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO user_outlet(id, name, aliases, domains, country, owner, typology, classification, year,"
                            + " source_url, note) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                            + " name = excluded.name, aliases = excluded.aliases, domains = excluded.domains,"
                            + " country = excluded.country, owner = excluded.owner, typology = excluded.typology,"
                            + " classification = excluded.classification, year = excluded.year,"
                            + " source_url = excluded.source_url, note = excluded.note,"
                            + " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")) {
                s.setString(1, outlet.id());
                s.setString(2, outlet.name());
                s.setString(3, String.join("\n", outlet.aliases()));
                s.setString(4, String.join("\n", outlet.domains()));
                s.setString(5, outlet.country());
                s.setString(6, outlet.owner());
                if (outlet.typology() == null) s.setNull(7, Types.VARCHAR);
                else s.setString(7, outlet.typology().name());
                s.setString(8, outlet.classification());
                s.setInt(9, outlet.year());
                s.setString(10, outlet.sourceUrl());
                s.setString(11, outlet.note());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** All of the reader's entries, by id. */
    public List<Outlet> userOutlets() {
        return db.read(c -> {
            List<Outlet> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, name, aliases, domains, country, owner, typology, classification, year, source_url, note"
                            + " FROM user_outlet ORDER BY id");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(outlet(rs));
            }
            return out;
        });
    }

    public boolean delete(String id) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM user_outlet WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static Outlet outlet(ResultSet rs) throws SQLException {
        return new Outlet(rs.getString(1), rs.getString(2), lines(rs.getString(3)), lines(rs.getString(4)),
                rs.getString(5), rs.getString(6), Typology.fromCode(rs.getString(7)), rs.getString(8), rs.getInt(9),
                rs.getString(10), rs.getString(11), "user");
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String l : s.split("\n")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }

    /** Sets who published the article (replacing an earlier choice). */
    public void setPublisher(long articleId, String outletId, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a publisher needs a name");
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO article_publisher(article_id, outlet_id, name) VALUES (?,?,?) ON CONFLICT(article_id)"
                            + " DO UPDATE SET outlet_id = excluded.outlet_id, name = excluded.name,"
                            + " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")) {
                s.setLong(1, articleId);
                if (outletId == null) s.setNull(2, Types.VARCHAR);
                else s.setString(2, outletId);
                s.setString(3, name.strip());
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<PublisherChoice> publisher(long articleId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT outlet_id, name FROM article_publisher WHERE article_id = ?")) {
                q.setLong(1, articleId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new PublisherChoice(articleId, rs.getString(1), rs.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Goes back to the detected publisher. */
    public boolean clearPublisher(long articleId) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM article_publisher WHERE article_id = ?")) {
                s.setLong(1, articleId);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** {@code base} with the reader's entries laid over it (theirs win). */
    public OutletRegistry registry(OutletRegistry base) {
        return base.withOverlay(userOutlets());
    }

    /** The reader's publisher for the article as the analyzer takes it, or null when they did not set one. */
    public ArticleOutlet publisherOverride(long articleId, OutletRegistry registry) {
        return publisher(articleId).map(p -> OutletAnalyzer.userPublisher(p.name(),
                p.outletId() == null ? null : registry.byId(p.outletId()))).orElse(null);
    }
}

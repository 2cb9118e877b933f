package org.sourcelight.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.TextAnchor;
import org.sourcelight.report.WebAnnotationCodec.Item;
import org.sourcelight.report.WebAnnotationCodec.Skipped;
import org.sourcelight.report.WebAnnotationCodec.Target;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.store.StoredArticle;
import org.sourcelight.text.Anchorer;
import org.sourcelight.text.Normalizer;

/**
 * Exports the library's annotations as W3C Web Annotation JSON-LD and imports such files back. An article's target
 * source is its web address when it has one, otherwise {@code urn:sourcelight:sha256:<hash of its normalized text>},
 * which any library holding the same text resolves. Import never duplicates (annotations already present, by id, are
 * counted and left alone), anchors each annotation to the article's current text (an annotation whose quote is not
 * there is kept as an orphan) and writes everything in one transaction.
 */
public final class AnnotationExchange {
    static final String HASH_URN = "urn:sourcelight:sha256:";

    private final ArticleRepository articles;
    private final AnnotationRepository annotations;

    public AnnotationExchange(Database db) {
        this.articles = new ArticleRepository(db);
        this.annotations = new AnnotationRepository(db);
    }

    /** What an import did. */
    public record ImportReport(int imported, int alreadyPresent, int orphans, List<Skipped> skipped) {
        public ImportReport {
            skipped = List.copyOf(skipped);
        }

        /** One line for the status bar, e.g. "Imported 3 annotations (1 already there, 2 skipped)." */
        public String summary() {
            StringBuilder sb = new StringBuilder("Imported ").append(imported).append(imported == 1 ? " annotation" : " annotations");
            List<String> extra = new ArrayList<>();
            if (alreadyPresent > 0) extra.add(alreadyPresent + " already there");
            if (orphans > 0) extra.add(orphans + " not found in the text, kept as orphans");
            if (!skipped.isEmpty()) extra.add(skipped.size() + " skipped");
            if (!extra.isEmpty()) sb.append(" (").append(String.join(", ", extra)).append(')');
            return sb.append('.').toString();
        }

        /** The summary and one line per skipped item with its reason. */
        public String details() {
            StringBuilder sb = new StringBuilder(summary());
            for (Skipped s : skipped) sb.append('\n').append("Skipped ").append(s.item()).append(": ").append(s.reason()).append('.');
            return sb.toString();
        }
    }

    public String exportArticle(long articleId) {
        StoredArticle a = articles.find(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        return WebAnnotationCodec.write("Annotations on " + a.title(), annotations.forArticle(articleId),
                id -> target(a));
    }

    public String exportAll() {
        Map<Long, Target> targets = new HashMap<>();
        return WebAnnotationCodec.write("Sourcelight annotations", annotations.all(),
                id -> targets.computeIfAbsent(id, k -> target(articles.find(k).orElseThrow())));
    }

    static Target target(StoredArticle a) {
        String url = a.meta().url();
        boolean web = url != null && url.toLowerCase(Locale.ROOT).matches("https?://.+");
        return new Target(web ? url : HASH_URN + a.contentHash(), Normalizer.normalize(a.originalText()).text());
    }

    public ImportReport importJson(String json, Instant now) {
        WebAnnotationCodec.Parsed parsed = WebAnnotationCodec.read(json, now);
        List<Skipped> skipped = new ArrayList<>(parsed.skipped());
        List<Annotation> toSave = new ArrayList<>();
        Map<String, Optional<Target>> resolved = new HashMap<>();
        Map<String, Long> articleIds = new HashMap<>();
        int present = 0, orphans = 0;
        Set<String> seen = new HashSet<>();
        for (Item it : parsed.items()) {
            if (annotations.exists(it.uuid()) || !seen.add(it.uuid())) {
                present++;
                continue;
            }
            Optional<Target> t = resolved.computeIfAbsent(it.source(), s -> resolve(s, articleIds));
            if (t.isEmpty()) {
                skipped.add(new Skipped("annotation on \"" + shorten(it.exact()) + "\"",
                        "no article in this library matches its source " + it.source()));
                continue;
            }
            String text = t.get().text();
            int start = utf16(text, it.start());
            int end = utf16(text, it.end());
            // a position selector that is empty or reversed: the quote says how long the passage is
            if (end <= start) end = Math.min(text.length(), start + it.exact().length());
            Anchorer.Placement p;
            try {
                p = Anchorer.place(new TextAnchor(start, Math.max(start, end), it.exact(), it.prefix(), it.suffix()), text);
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped("annotation on \"" + shorten(it.exact()) + "\"", "its position in the article cannot be read"));
                continue;
            }
            if (p.isOrphan()) orphans++;
            toSave.add(new Annotation(0, it.uuid(), articleIds.get(it.source()), p.anchor(), it.colour(), it.note(),
                    it.tags(), it.created(), it.modified(), p.isOrphan()));
        }
        annotations.saveAll(toSave);
        return new ImportReport(toSave.size(), present, orphans, skipped);
    }

    /** UTF-16 offset of a code-point position (0 when absent; clamped to the text). */
    private static int utf16(String text, Integer codePoints) {
        if (codePoints == null) return 0;
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, total));
    }

    private Optional<Target> resolve(String source, Map<String, Long> ids) {
        Optional<Long> found = source.startsWith(HASH_URN) ? articles.idByContentHash(source.substring(HASH_URN.length()))
                : articles.idBySource(source);
        if (found.isEmpty()) return Optional.empty();
        long id = found.get();
        ids.put(source, id);
        return articles.find(id).map(AnnotationExchange::target);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}

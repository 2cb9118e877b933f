package org.sourcelight.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.DuplicateFinder.Named;
import org.sourcelight.analysis.duplicates.FingerprintIndex;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Duplicated passages of one article against the whole library, for the reader and the CLI: the article's
 * fingerprints are looked up in the index, the {@link #MAX_CANDIDATES} articles sharing the most are loaded, and
 * the article is aligned with them (and with itself). Keep the index current by calling {@link #index} after an
 * article is imported; deleting an article removes its fingerprints with it (foreign key cascade). Thread-safe as
 * far as its index and source are.
 */
public final class LibraryDuplicates {
    public static final int MAX_CANDIDATES = 10;

    /** Loads a library article for comparison: id as text, title as file, its document and outlet key. */
    @FunctionalInterface
    public interface ArticleSource {
        Optional<Named> load(long id);
    }

    private final FingerprintIndex index;
    private final ArticleSource source;
    private final DuplicateFinder finder;

    public LibraryDuplicates(FingerprintIndex index, ArticleSource source, DuplicateFinder finder) {
        this.index = index;
        this.source = source;
        this.finder = finder;
    }

    /** Over the library database: SQLite fingerprints, articles rebuilt from their stored text. */
    public static LibraryDuplicates of(Database db) {
        ArticleRepository articles = new ArticleRepository(db);
        return new LibraryDuplicates(new FingerprintRepository(db), id -> articles.find(id).map(LibraryDuplicates::named),
                DuplicateFinder.standard());
    }

    /** A stored article as the finder sees it; its outlet key is the analysed outlet name, else its site. */
    public static Named named(StoredArticle a) {
        TextDocument doc = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        return new Named(String.valueOf(a.id()), a.title(), doc, group(a.outletName(), doc));
    }

    /** The outlet key of an article: the outlet's name when known, else the site from its metadata. */
    public static String group(String outletName, TextDocument doc) {
        return outletName != null && !outletName.isBlank() ? outletName : Named.defaultGroup(doc);
    }

    /** Adds or replaces an article's fingerprints (call after import). */
    public void index(long id, TextDocument doc) {
        index.put(id, finder.fingerprints(doc));
    }

    public void remove(long id) {
        index.remove(id);
    }

    /** Indexes those of {@code ids} that are not indexed yet (articles imported before the index existed). */
    public int indexMissing(List<Long> ids) {
        int n = 0;
        for (long id : ids) {
            if (index.has(id)) continue;
            Optional<Named> a = source.load(id);
            if (a.isEmpty()) continue;
            index(id, a.get().doc());
            n++;
        }
        return n;
    }

    /**
     * The passages of an article repeated inside it or shared with other library articles. A stored article
     * ({@code id >= 0}) is indexed first if it is not yet, and never compared with itself as another article.
     */
    public List<Match> find(long id, TextDocument doc, String group) {
        int[] fingerprints = finder.fingerprints(doc);
        if (id >= 0 && !index.has(id)) index.put(id, fingerprints);
        List<Named> others = new ArrayList<>();
        for (FingerprintIndex.Candidate c : index.candidates(fingerprints, id, MAX_CANDIDATES)) {
            source.load(c.article()).ifPresent(others::add);
        }
        return finder.matchesAgainst(new Named(id >= 0 ? String.valueOf(id) : null, doc.title(), doc, group), others);
    }
}

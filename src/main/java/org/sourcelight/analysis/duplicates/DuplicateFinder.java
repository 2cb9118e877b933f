package org.sourcelight.analysis.duplicates;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Duplicate;
import org.sourcelight.text.Lexicon;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

/**
 * Finds repeated passages inside one article and passages shared between articles: exact copies, near copies
 * (a word changed, a clause moved, other quote marks) and boilerplate (an outlet's template text). Comparison
 * ignores capital letters, punctuation, quote style and white space; passages are whole sentences or footer lines
 * and share at least {@value PassageMatcher#MIN_WORDS} words in runs of three or more, so short common phrases
 * are never reported. See {@link PassageMatcher} for the method. Deterministic, stateless and thread-safe.
 */
public final class DuplicateFinder {
    public static final int VERSION = 5;
    /** Version of {@link #fingerprints}: an index built with another version must be rebuilt. */
    public static final int FINGERPRINT_VERSION = Fingerprinter.VERSION;

    /**
     * A document with the name the report uses for it (the file as given, or the library id) and its outlet key:
     * text standing word for word in several articles of one outlet is that outlet's boilerplate.
     *
     * @param group the outlet (any stable key: name, site, host), or null when unknown
     */
    public record Named(String id, String file, TextDocument doc, String group) {
        public Named {
            if (doc == null) throw new IllegalArgumentException("doc");
            group = group == null || group.isBlank() ? null : group.strip().toLowerCase(Locale.ROOT);
        }

        /** A document whose outlet is taken from its metadata ({@link #defaultGroup}). */
        public Named(String id, String file, TextDocument doc) {
            this(id, file, doc, defaultGroup(doc));
        }

        /** The site name from the metadata, else the host of its URL without "www.", else null. */
        public static String defaultGroup(TextDocument doc) {
            ArticleMeta m = doc.meta();
            if (m.siteName() != null && !m.siteName().isBlank()) return m.siteName();
            if (m.url() == null) return null;
            try {
                String host = URI.create(m.url().strip()).getHost();
                if (host == null) return null;
                return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private final WordSet stopwords;
    private final PassageMatcher matcher;

    /**
     * @param stopwords function words, left out of the search keys (they still count in alignments); the role
     *                  nouns and site-interface words are the shipped lists
     */
    public DuplicateFinder(Lexicon stopwords) {
        this(stopwords, LexiconSet.shipped().get("role-nouns"), LexiconSet.shipped().get("site-interface-words"),
                PassageMatcher.NEAR_MIN_SIMILARITY, PassageMatcher.NEAR_MIN_SHARED);
    }

    /** The finder over the word lists of {@code lexicons}: stopwords, role-nouns, site-interface-words. */
    public DuplicateFinder(LexiconSet lexicons) {
        this(lexicons.get("stopwords"), lexicons.get("role-nouns"), lexicons.get("site-interface-words"),
                PassageMatcher.NEAR_MIN_SIMILARITY, PassageMatcher.NEAR_MIN_SHARED);
    }

    /**
     * A finder with other near-copy thresholds (for calibration: {@code sourcelight eval duplicates --near-min}).
     *
     * @param roleNouns      titles and offices ("secretary", "governor"): like names, not a sign of copying
     * @param interfaceWords words of a web page's controls ("click", "newsletter"): a short shared line using one
     *                       is the site's template
     * @param nearMin        least similarity of a near copy (shared words over the two passages' words)
     * @param nearShared     least number of shared words of a near copy
     */
    public DuplicateFinder(Lexicon stopwords, Lexicon roleNouns, Lexicon interfaceWords, double nearMin, int nearShared) {
        if (nearMin < 0 || nearMin > 1 || nearShared < 0) throw new IllegalArgumentException("near thresholds");
        this.stopwords = WordSet.of(stopwords.entries());
        this.matcher = new PassageMatcher(nearMin, nearShared, WordSet.of(roleNouns.entries()),
                WordSet.of(interfaceWords.entries()));
    }

    /** A finder with other near-copy thresholds and the shipped lists (calibration). */
    public static DuplicateFinder withNearThresholds(double nearMin, int nearShared) {
        LexiconSet l = LexiconSet.shipped();
        return new DuplicateFinder(l.get("stopwords"), l.get("role-nouns"), l.get("site-interface-words"), nearMin, nearShared);
    }

    /** The default least similarity of a near copy. */
    public static double nearMinSimilarity() { return PassageMatcher.NEAR_MIN_SIMILARITY; }

    /** The default least number of shared words of a near copy. */
    public static int nearMinShared() { return PassageMatcher.NEAR_MIN_SHARED; }

    /** The finder with the shipped stop-word list. */
    public static DuplicateFinder standard() { return Shipped.FINDER; }

    private static final class Shipped {
        static final DuplicateFinder FINDER = new DuplicateFinder(LexiconSet.shipped());
    }

    /** Repeats inside one article: each repeated passage and its twin, reported from both sides. */
    public List<Duplicate> within(TextDocument doc) {
        return duplicates(matchesWithin(doc));
    }

    /** For each document (same order), its repeats inside itself and its passages shared with the others. */
    public List<List<Duplicate>> across(List<Named> docs) {
        List<Prepared> prepared = new ArrayList<>();
        for (Named n : docs) prepared.add(prepared(n));
        return acrossPrepared(prepared);
    }

    /**
     * A document read for the comparison (its passages, words and search keys): the part of {@link #across} that
     * depends on one document only, so a batch can make it on the thread that built the document.
     */
    public static final class Prepared {
        private final PassageMatcher.Doc doc;

        private Prepared(PassageMatcher.Doc doc) { this.doc = doc; }
    }

    /** {@code doc} read for {@link #acrossPrepared}; thread-safe. */
    public Prepared prepared(Named doc) {
        return new Prepared(prepare(doc));
    }

    /** {@link #across} of documents already {@link #prepared}: the same result as {@code across} of them. */
    public List<List<Duplicate>> acrossPrepared(List<Prepared> docs) {
        List<PassageMatcher.Doc> prepared = new ArrayList<>(docs.size());
        for (Prepared p : docs) prepared.add(p.doc);
        List<List<Duplicate>> out = new ArrayList<>();
        for (List<Match> m : matcher.match(prepared, prepared.size())) out.add(duplicates(m));
        return out;
    }

    public List<Match> matchesWithin(TextDocument doc) {
        return matcher.match(List.of(prepare(new Named(null, "", doc, null))), 1).get(0);
    }

    public List<List<Match>> matchesAcross(List<Named> docs) {
        List<PassageMatcher.Doc> prepared = new ArrayList<>();
        for (Named n : docs) prepared.add(prepare(n));
        return matcher.match(prepared, prepared.size());
    }

    /** One document's repeats and its passages shared with {@code others} (the others are not compared together). */
    public List<Match> matchesAgainst(Named doc, List<Named> others) {
        List<PassageMatcher.Doc> prepared = new ArrayList<>();
        prepared.add(prepare(doc));
        for (Named n : others) prepared.add(prepare(n));
        return matcher.match(prepared, 1).get(0);
    }

    /** The document's fingerprints for a {@link FingerprintIndex}: sorted, distinct. */
    public int[] fingerprints(TextDocument doc) {
        return Fingerprinter.of(PassageText.of(doc, stopwords));
    }

    private PassageMatcher.Doc prepare(Named n) {
        return new PassageMatcher.Doc(n.id(), n.file() == null ? "" : n.file(), n.group(), PassageText.of(n.doc(), stopwords));
    }

    private static List<Duplicate> duplicates(List<Match> matches) {
        List<Duplicate> out = new ArrayList<>(matches.size());
        for (Match m : matches) out.add(m.duplicate());
        return out;
    }
}

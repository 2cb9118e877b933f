package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.text.Lexicon;

/**
 * The word lists the {@link AssertionDetector} is built from: the shipped files in {@code resources/lexicons/}, plus
 * the reader's own additions and removals. Immutable value; {@link #with} returns a copy.
 */
public final class Lexicons {
    public static final String ATTRIBUTION_CUES = "attribution-cues";
    public static final String VAGUE_ATTRIBUTION = "vague-attribution";
    public static final String AGENTLESS_PASSIVES = "agentless-passives";
    public static final String LOADED_TERMS = "loaded-terms";
    public static final String SCARE_QUOTE_MARKERS = "scare-quote-markers";
    public static final String NAMING_CUES = "naming-cues";
    public static final String HEDGES = "hedges";
    public static final String INTENSIFIERS = "intensifiers";
    public static final String ABSOLUTES = "absolutes";
    public static final String CONTESTED_CLAIMS = "contested-claims";
    public static final String CARRY_OVER_OPENERS = "carry-over-openers";

    /** What a word list is for, in the words shown to the reader. */
    public record Info(String name, String label, String purpose) {}

    /** The word lists in the order the reader sees them. */
    public static final List<Info> INFO = List.of(
            new Info(LOADED_TERMS, "Loaded words", "Labels that judge instead of describe (\"regime\", \"Takfiri\")."),
            new Info(VAGUE_ATTRIBUTION, "Vague sources", "Phrases that point at sources without naming them (\"reportedly\")."),
            new Info(AGENTLESS_PASSIVES, "Hidden accusers", "Phrases that report an accusation but hide who makes it (\"is said to\")."),
            new Info(CONTESTED_CLAIMS, "Disputed-claim words", "Words that make a sentence a disputed claim needing a source (\"trains\", \"invaded\")."),
            new Info(SCARE_QUOTE_MARKERS, "Scare-quote words", "Words that mock a name (\"so-called\")."),
            new Info(INTENSIFIERS, "Intensifiers", "Strong words that push a feeling (\"sheer\", \"blatant\")."),
            new Info(ABSOLUTES, "Absolutes", "All-or-nothing words, flagged when nobody stands behind the sentence (\"never\")."),
            new Info(HEDGES, "Hedges", "Words that hint at doubt without saying why (\"purported\")."),
            new Info(ATTRIBUTION_CUES, "Attribution words", "Words that show someone else is speaking (\"said\", \"according to\")."),
            new Info(NAMING_CUES, "Naming words", "Words before a quoted name that is not irony (\"known as\")."),
            new Info(CARRY_OVER_OPENERS, "Carry-over openers", "Sentence openers that continue the previous speaker (\"It\", \"They\")."));

    private static volatile Lexicons standard;

    private final Map<String, List<Term>> shipped;
    private final List<LexiconEdit> edits;
    private final Map<String, List<Term>> terms;

    private Lexicons(Map<String, List<Term>> shipped, List<LexiconEdit> edits) {
        this.shipped = shipped;
        this.edits = List.copyOf(edits);
        Map<String, List<Term>> t = new LinkedHashMap<>();
        for (Map.Entry<String, List<Term>> e : shipped.entrySet()) t.put(e.getKey(), apply(e.getKey(), e.getValue(), this.edits));
        this.terms = Collections.unmodifiableMap(t);
    }

    /** The shipped word lists. Loaded once. */
    public static Lexicons standard() {
        Lexicons l = standard;
        if (l == null) {
            Map<String, List<Term>> m = new LinkedHashMap<>();
            for (Info i : INFO) {
                List<Term> ts = new ArrayList<>();
                for (String line : Lexicon.load(i.name()).entries()) ts.add(Term.parse(line));
                m.put(i.name(), List.copyOf(ts));
            }
            l = new Lexicons(Collections.unmodifiableMap(m), List.of());
            standard = l;
        }
        return l;
    }

    /** Builds lists from given terms, for tests and tools: every list not given is empty. */
    public static Lexicons of(Map<String, List<String>> lists) {
        Map<String, List<Term>> m = new LinkedHashMap<>();
        for (Info i : INFO) {
            List<Term> ts = new ArrayList<>();
            for (String line : lists.getOrDefault(i.name(), List.of())) ts.add(Term.parse(line));
            m.put(i.name(), List.copyOf(ts));
        }
        return new Lexicons(Collections.unmodifiableMap(m), List.of());
    }

    /**
     * A copy with the reader's edits applied after this value's own, in order (a later edit of the same term wins).
     * Edits of word lists this version does not know are ignored.
     */
    public Lexicons with(List<LexiconEdit> more) {
        List<LexiconEdit> all = new ArrayList<>(edits);
        for (LexiconEdit e : more) if (shipped.containsKey(e.lexicon())) all.add(e);
        return new Lexicons(shipped, all);
    }

    private static List<Term> apply(String name, List<Term> base, List<LexiconEdit> edits) {
        Map<String, Term> out = new LinkedHashMap<>();
        for (Term t : base) out.putIfAbsent(key(t.text()), t);
        for (LexiconEdit e : edits) {
            if (!e.lexicon().equals(name)) continue;
            String k = key(e.term());
            if (e.change() == LexiconEdit.Change.REMOVED) out.remove(k);
            else if (!out.containsKey(k)) out.put(k, shippedOrNew(base, e.term()));
        }
        return List.copyOf(out.values());
    }

    private static Term shippedOrNew(List<Term> base, String term) {
        for (Term t : base) if (key(t.text()).equals(key(term))) return t;
        return new Term(term, "");
    }

    static String key(String term) { return term.strip().toLowerCase(Locale.ROOT); }

    /** The reader's edits this value carries (empty for the shipped lists). */
    public List<LexiconEdit> edits() { return edits; }

    /** The current terms of a list, shipped ones first then the reader's additions. */
    public List<Term> terms(String name) {
        List<Term> t = terms.get(name);
        if (t == null) throw new IllegalArgumentException("unknown word list " + name);
        return t;
    }

    /** True when {@code term} is in the shipped file of {@code name}. */
    public boolean isShipped(String name, String term) {
        for (Term t : shipped.getOrDefault(name, List.of())) if (key(t.text()).equals(key(term))) return true;
        return false;
    }

    /** The shipped terms of a list (before the reader's edits). */
    public List<Term> shippedTerms(String name) { return shipped.getOrDefault(name, List.of()); }

    /** The note on a term of a list, or "" when it has none. */
    public String note(String name, String term) {
        for (Term t : terms(name)) if (key(t.text()).equals(key(term))) return t.note();
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lexicons l && l.terms.equals(terms);
    }

    @Override
    public int hashCode() { return terms.hashCode(); }
}

package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.text.Lexicon;
import org.sourcelight.text.LexiconSet;

/**
 * The word lists the {@link AssertionDetector} is built from: the shipped files in {@code resources/lexicons/}, plus
 * the reader's own additions and removals, as carried by a {@link LexiconSet}. Immutable value; {@link #with} returns
 * a copy.
 */
public final class Lexicons {
    public static final String ATTRIBUTION_CUES = "attribution-cues";
    /** Tagged entries (adverb, phrase, noun, speaker), shared with analysis.sources; see vague-sources.txt. */
    public static final String VAGUE_SOURCES = "vague-sources";
    public static final String AID_VERBS = "aid-verbs";
    public static final String ARMED_GROUPS = "armed-groups";
    public static final String AGENTLESS_PASSIVES = "agentless-passives";
    public static final String LOADED_TERMS = "loaded-terms";
    /** Phrases in which a loaded word is used plainly ("crude oil", "jobless claims"): no loaded highlight inside. */
    public static final String PLAIN_USES = "plain-uses";
    public static final String SCARE_QUOTE_MARKERS = "scare-quote-markers";
    public static final String NAMING_CUES = "naming-cues";
    public static final String HEDGES = "hedges";
    public static final String INTENSIFIERS = "intensifiers";
    public static final String ABSOLUTES = "absolutes";
    public static final String CONTESTED_CLAIMS = "contested-claims";
    public static final String CARRY_OVER_OPENERS = "carry-over-openers";
    /** The Sources panel's given names ("Michael male"), read to tell a surname from a loaded word ("Michael Savage"). */
    public static final String GIVEN_NAMES = "given-names";

    /** What a word list is for, in the words shown to the reader. */
    public record Info(String name, String label, String purpose) {}

    /** The word lists in the order the reader sees them. */
    public static final List<Info> INFO = List.of(
            new Info(LOADED_TERMS, "Loaded words", "Words that judge, insult or dramatise instead of describe (\"regime\", \"slammed\", \"witch hunt\")."),
            new Info(PLAIN_USES, "Plain uses", "Phrases where a loaded word is used plainly, so it is not highlighted (\"crude oil\", \"jobless claims\", \"slammed into\")."),
            new Info(VAGUE_SOURCES, "Vague sources", "Phrases that point at sources without naming them (\"adverb reportedly\", \"speaker informed sources\"); shared with the Sources panel."),
            new Info(AGENTLESS_PASSIVES, "Hidden accusers", "Phrases that report an accusation but hide who makes it (\"is said to\")."),
            new Info(CONTESTED_CLAIMS, "Claim words", "Words that make a sentence an accusation, a motive, a verdict or a sure prediction needing a source (\"illegally\", \"pretext\")."),
            new Info(AID_VERBS, "Help words", "Words of helping or allying; before an armed-group word they make an accusation (\"trains\", \"alliance with\")."),
            new Info(ARMED_GROUPS, "Armed groups", "Generic words for armed groups, read after a help word (\"militants\")."),
            new Info(SCARE_QUOTE_MARKERS, "Scare-quote words", "Words that mock a name (\"so-called\")."),
            new Info(INTENSIFIERS, "Intensifiers", "Words that leave no room for doubt (\"sheer\", \"undeniably\")."),
            new Info(ABSOLUTES, "Absolutes", "All-or-nothing words, flagged only beside a loaded word or intensifier when nobody stands behind the sentence (\"never\")."),
            new Info(HEDGES, "Hedges", "Words that hint at doubt without saying why (\"purported\")."),
            new Info(ATTRIBUTION_CUES, "Attribution words", "Words that show someone else is speaking (\"said\", \"according to\")."),
            new Info(NAMING_CUES, "Naming words", "Words before a quoted name that is not irony (\"known as\")."),
            new Info(CARRY_OVER_OPENERS, "Carry-over openers", "Sentence openers that continue the previous speaker (\"It\", \"They\")."));

    private final LexiconSet set;
    private final Map<String, List<Term>> terms;

    private Lexicons(LexiconSet set) {
        this.set = set;
        Map<String, List<Term>> t = new LinkedHashMap<>();
        for (Info i : INFO) t.put(i.name(), parse(set.get(i.name())));
        this.terms = Collections.unmodifiableMap(t);
    }

    /** The assertion word lists of a lexicon set (with whatever edits the set carries). */
    public static Lexicons of(LexiconSet set) { return new Lexicons(set); }

    /** The shipped word lists. */
    public static Lexicons standard() { return Shipped.LEXICONS; }

    private static final class Shipped {
        static final Lexicons LEXICONS = new Lexicons(LexiconSet.shipped());
    }

    /** Builds lists from given terms, for tests and tools: every assertion list not given is empty. */
    public static Lexicons of(Map<String, List<String>> lists) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Info i : INFO) m.put(i.name(), lists.getOrDefault(i.name(), List.of()));
        return new Lexicons(LexiconSet.of(m));
    }

    /**
     * A copy with the reader's edits applied after this value's own, in order (a later edit of the same term wins).
     * Edits of word lists this version does not know are ignored.
     */
    public Lexicons with(List<LexiconEdit> more) {
        return new Lexicons(set.with(more));
    }

    /** The whole lexicon set these lists come from, with the same edits. */
    public LexiconSet set() { return set; }

    private static List<Term> parse(Lexicon l) {
        Map<String, Term> ts = new LinkedHashMap<>();
        for (String line : l.entries()) {
            Term t = Term.parse(line);
            // the one attribution-cue list (shared with Sources) marks forms that are a cue only in context: a noun
            // form ("calls", "states") or a cue only after the quote it closes ("continued"); a sentence is not
            // attributed by them alone
            if (l.name().equals(ATTRIBUTION_CUES) && (t.note().contains("+noun") || t.note().contains("+trailing"))) continue;
            ts.putIfAbsent(key(t.text()), t);
        }
        return List.copyOf(ts.values());
    }

    static String key(String term) { return term.strip().toLowerCase(Locale.ROOT); }

    /** The reader's edits this value carries (empty for the shipped lists). */
    public List<LexiconEdit> edits() {
        List<LexiconEdit> out = new ArrayList<>();
        for (LexiconEdit e : set.edits()) if (terms.containsKey(e.lexicon())) out.add(e);
        return out;
    }

    /** The current terms of a list, shipped ones first then the reader's additions. */
    public List<Term> terms(String name) {
        List<Term> t = terms.get(name);
        if (t == null) throw new IllegalArgumentException("unknown word list " + name);
        return t;
    }

    /** True when {@code term} is in the shipped file of {@code name}. */
    public boolean isShipped(String name, String term) {
        return terms.containsKey(name) && set.isShipped(name, term);
    }

    /** The shipped terms of a list (before the reader's edits). */
    public List<Term> shippedTerms(String name) {
        return terms.containsKey(name) ? parse(set.shippedList(name)) : List.of();
    }

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

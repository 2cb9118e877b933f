package org.sourcelight.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the analysis reads, by file name ({@code resources/lexicons/<name>.txt}), with the reader's own
 * additions and removals applied. Immutable: {@link #with} returns a copy. The shipped lists are read from the
 * classpath once ({@link #shipped()}); the analysers receive the set (or the lists they need) through their
 * constructors, so a reader's edit reaches every analyser built from the edited set.
 * <p>
 * An entry's key is its text before an optional {@code |} note, stripped and lower-cased: removing "Regime" removes
 * the entry {@code regime | a label …}; adding back a shipped term restores the shipped entry with its note.
 */
public final class LexiconSet {
    /** Every list shipped in {@code resources/lexicons/}. A new list file is added here. */
    public static final List<String> NAMES = List.of("abbreviations", "absolutes", "agentless-passives",
            "aid-verbs", "anonymous-sources", "armed-groups", "attribution-cues", "carry-over-openers", "contested-claims",
            "countries", "country-places", "document-nouns", "footer-patterns", "given-names", "hedges", "intensifiers",
            "loaded-terms", "media-nouns", "naming-cues", "organisation-nouns",
            "outlet-ambiguous-names", "outlet-credits", "outlet-kinds", "outlet-relay-cues", "outlet-signatures",
            "photo-agencies", "plain-uses", "pronouns", "role-nouns", "role-references", "scare-quote-markers",
            "site-interface-words", "speaker-modifiers", "state-cues", "stopwords", "vague-sources");

    private static final class Shipped {
        static final LexiconSet SET = load();
    }

    private final Map<String, Lexicon> shipped;
    private final List<LexiconEdit> edits;
    private final Map<String, Lexicon> lists;

    private LexiconSet(Map<String, Lexicon> shipped, List<LexiconEdit> edits) {
        this.shipped = shipped;
        this.edits = List.copyOf(edits);
        if (this.edits.isEmpty()) {
            this.lists = shipped;
        } else {
            Map<String, Lexicon> m = new LinkedHashMap<>();
            for (Map.Entry<String, Lexicon> e : shipped.entrySet()) m.put(e.getKey(), apply(e.getValue(), this.edits));
            this.lists = Collections.unmodifiableMap(m);
        }
    }

    /** The shipped lists, read from the classpath on first use and shared (the value is immutable). */
    public static LexiconSet shipped() { return Shipped.SET; }

    /**
     * Reads every shipped list: every second one on a helper thread, the others on this one (the lists are
     * independent files; on two cores the shipped set, which every analyser waits for at start-up, is ready in about
     * half the time). The map is in {@link #NAMES} order whichever thread read a list.
     */
    private static LexiconSet load() {
        Lexicon[] read = new Lexicon[NAMES.size()];
        Throwable[] failed = new Throwable[1];
        Thread helper = new Thread(() -> {
            try {
                for (int i = 1; i < read.length; i += 2) read[i] = Lexicon.load(NAMES.get(i));
            } catch (RuntimeException | Error e) {
                failed[0] = e;
            }
        }, "sourcelight-lexicons");
        helper.setDaemon(true);
        helper.start();
        for (int i = 0; i < read.length; i += 2) read[i] = Lexicon.load(NAMES.get(i));
        boolean interrupted = false;
        while (true) {
            try {
                helper.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the lists are needed either way: finish reading them
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failed[0] instanceof RuntimeException r) throw r;
        if (failed[0] instanceof Error e) throw e;
        Map<String, Lexicon> m = new LinkedHashMap<>();
        for (int i = 0; i < read.length; i++) m.put(NAMES.get(i), read[i]);
        return new LexiconSet(Collections.unmodifiableMap(m), List.of());
    }

    /** Lists given in code (tests, tools): the named lists replace the shipped ones, the others stay shipped. */
    public static LexiconSet of(Map<String, List<String>> lists) {
        Map<String, Lexicon> m = new LinkedHashMap<>(shipped().shipped);
        for (Map.Entry<String, List<String>> e : lists.entrySet()) m.put(e.getKey(), new Lexicon(e.getKey(), e.getValue()));
        return new LexiconSet(Collections.unmodifiableMap(m), List.of());
    }

    /**
     * A copy with the reader's edits applied after this value's own, in order (a later edit of the same term wins).
     * Edits of lists this version does not know are ignored.
     */
    public LexiconSet with(List<LexiconEdit> more) {
        if (more.isEmpty()) return this;
        List<LexiconEdit> all = new ArrayList<>(edits);
        for (LexiconEdit e : more) if (shipped.containsKey(e.lexicon())) all.add(e);
        return new LexiconSet(shipped, all);
    }

    /** The list {@code name} with the edits applied. */
    public Lexicon get(String name) {
        Lexicon l = lists.get(name);
        if (l == null) throw new IllegalArgumentException("unknown word list " + name);
        return l;
    }

    /** The list as shipped (before the reader's edits). */
    public Lexicon shippedList(String name) {
        Lexicon l = shipped.get(name);
        if (l == null) throw new IllegalArgumentException("unknown word list " + name);
        return l;
    }

    public Set<String> names() { return lists.keySet(); }

    /** The reader's edits this value carries (empty for the shipped lists). */
    public List<LexiconEdit> edits() { return edits; }

    /** True when {@code term} is an entry of the shipped file {@code name}. */
    public boolean isShipped(String name, String term) {
        Lexicon l = shipped.get(name);
        if (l == null) return false;
        String k = key(term);
        for (String e : l.entries()) if (key(e).equals(k)) return true;
        return false;
    }

    /** The key an entry or a reader's term is compared by: the text before a {@code |} note, stripped, lower case. */
    public static String key(String entry) {
        int bar = entry.indexOf('|');
        return (bar < 0 ? entry : entry.substring(0, bar)).strip().toLowerCase(Locale.ROOT);
    }

    private static Lexicon apply(Lexicon base, List<LexiconEdit> edits) {
        boolean touched = false;
        for (LexiconEdit e : edits) touched |= e.lexicon().equals(base.name());
        if (!touched) return base;
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : base.entries()) out.putIfAbsent(key(t), t);
        for (LexiconEdit e : edits) {
            if (!e.lexicon().equals(base.name())) continue;
            String k = key(e.term());
            if (e.change() == LexiconEdit.Change.REMOVED) out.remove(k);
            else if (!out.containsKey(k)) out.put(k, shippedOrNew(base, e.term()));
        }
        return new Lexicon(base.name(), List.copyOf(out.values()));
    }

    private static String shippedOrNew(Lexicon base, String term) {
        String k = key(term);
        for (String t : base.entries()) if (key(t).equals(k)) return t;
        return term;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LexiconSet s)) return false;
        if (s.lists.size() != lists.size()) return false;
        for (Map.Entry<String, Lexicon> e : lists.entrySet()) {
            Lexicon other = s.lists.get(e.getKey());
            if (other == null || !other.entries().equals(e.getValue().entries())) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Lexicon> e : lists.entrySet()) h += e.getKey().hashCode() ^ e.getValue().entries().hashCode();
        return h;
    }
}

package org.sourcelight.analysis.assertions;

import org.sourcelight.text.Tokens;

/**
 * The words of one sentence as the assertion rules read them, taken from the document's shared {@link Tokens}: a
 * word is a run of letters and digits with hyphens inside it ("so-called", "al-Tanf"); apostrophes split words
 * ("group's" is "group", "s"). Each word is lower-cased and marked as inside a quotation or in the outlet's own
 * voice. Word lists are split the same way, so the two always line up.
 */
final class SentenceWords {
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] quoted;
    private final boolean[] capitalised;
    private final boolean[] pluralPossessive;
    private final int size;

    private SentenceWords(String[] words, int[] starts, int[] ends, boolean[] quoted, boolean[] capitalised,
                          boolean[] pluralPossessive, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.quoted = quoted;
        this.capitalised = capitalised;
        this.pluralPossessive = pluralPossessive;
        this.size = size;
    }

    /** The words of {@code [from, to)} of the tokenized text. */
    static SentenceWords of(Tokens t, int from, int to) {
        int first = t.firstStartingAt(from);
        int last = t.firstStartingAt(to);
        int cap = Math.max(1, last - first);
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        boolean[] q = new boolean[cap];
        boolean[] c = new boolean[cap];
        boolean[] pp = new boolean[cap];
        int n = 0;
        for (int i = first; i < last; ) {
            if (!t.isWord(i)) { i++; continue; }
            int j = t.joinedEnd(i, to, "-");
            if (j == i + 1) {
                w[n] = t.lower(i);
            } else {
                StringBuilder b = new StringBuilder(t.lower(i));
                for (int k = i + 1; k < j; k += 2) b.append('-').append(t.lower(k + 1));
                w[n] = b.toString();
            }
            s[n] = t.start(i);
            e[n] = t.end(j - 1);
            q[n] = t.quoted(i);
            c[n] = t.capitalised(i);
            pp[n] = j < last && t.possessiveMark(j);
            n++;
            i = j;
        }
        return new SentenceWords(w, s, e, q, c, pp, n);
    }

    /** The words of a word-list entry, split like text. */
    static String[] split(String term) {
        SentenceWords t = of(Tokens.of(term), 0, term.length());
        return java.util.Arrays.copyOf(t.words, t.size);
    }

    int size() { return size; }

    String word(int i) { return words[i]; }

    int start(int i) { return starts[i]; }

    int end(int i) { return ends[i]; }

    /** True when word {@code i} is inside a quotation (someone else's words). */
    boolean quoted(int i) { return quoted[i]; }

    /** True when word {@code i} is a plural possessive, its apostrophe right after it ("the unions' plan"). */
    boolean pluralPossessive(int i) { return pluralPossessive[i]; }

    /** True when word {@code i} starts with a capital letter. */
    boolean capitalised(int i) { return capitalised[i]; }

    /** True when at least one word is in the outlet's own voice. */
    boolean hasOwnVoice() {
        for (int i = 0; i < size; i++) if (!quoted[i]) return true;
        return false;
    }
}

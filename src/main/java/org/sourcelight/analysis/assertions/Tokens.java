package org.sourcelight.analysis.assertions;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The words of one sentence with their offsets, lower-cased, each marked as inside a quotation or in the outlet's own
 * voice. A word is a run of letters and digits, with hyphens inside it ("so-called", "al-Tanf"); apostrophes split
 * words ("group's" is "group", "s"). Word lists are split the same way, so the two always line up.
 */
final class Tokens {
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] quoted;
    private final int size;

    private Tokens(String[] words, int[] starts, int[] ends, boolean[] quoted, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.quoted = quoted;
        this.size = size;
    }

    /** The words of {@code text[from, to)}; {@code inQuote} marks quoted characters (null: none). */
    static Tokens of(String text, int from, int to, BitSet inQuote) {
        int cap = 16;
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        boolean[] q = new boolean[cap];
        int n = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))))) i++;
            if (n == cap) {
                cap *= 2;
                w = Arrays.copyOf(w, cap);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
                q = Arrays.copyOf(q, cap);
            }
            w[n] = lower(text, start, i);
            s[n] = start;
            e[n] = i;
            q[n] = inQuote != null && inQuote.get(start);
            n++;
        }
        return new Tokens(w, s, e, q, n);
    }

    /** The words of a word-list entry, split like text. */
    static String[] split(String term) {
        Tokens t = of(term, 0, term.length(), null);
        return Arrays.copyOf(t.words, t.size);
    }

    private static String lower(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != Character.toLowerCase(c)) {
                char[] out = new char[to - from];
                for (int j = from; j < to; j++) out[j - from] = Character.toLowerCase(text.charAt(j));
                return new String(out);
            }
        }
        return text.substring(from, to);
    }

    int size() { return size; }

    String word(int i) { return words[i]; }

    int start(int i) { return starts[i]; }

    int end(int i) { return ends[i]; }

    /** True when word {@code i} is inside a quotation (someone else's words). */
    boolean quoted(int i) { return quoted[i]; }

    /** True when at least one word is in the outlet's own voice. */
    boolean hasOwnVoice() {
        for (int i = 0; i < size; i++) if (!quoted[i]) return true;
        return false;
    }
}

package org.sourcelight.analysis.outlets;

import java.util.Arrays;
import org.sourcelight.text.Tokens;

/**
 * The words outlet names are matched on, read from the shared {@link Tokens}: runs of letters, digits and
 * combining marks (hyphens and apostrophes separate words), each with its offsets and its folded form (lower case,
 * accents removed, {@link Tokens#fold}).
 */
final class NameWords {
    private int[] firsts;
    private int[] lasts;
    private String[] norms; // made on first use: the automaton reads ids from the text, not these strings
    private int size;
    private final Tokens tokens;

    private NameWords(Tokens tokens, int capacity) {
        this.tokens = tokens;
        int c = Math.max(4, capacity);
        firsts = new int[c];
        lasts = new int[c];
    }

    /** The name words of {@code [from, to)} of the tokenized text. */
    static NameWords of(Tokens t, int from, int to) {
        int end = t.firstStartingAt(to), begin = t.firstStartingAt(from);
        NameWords w = new NameWords(t, end - begin);
        for (int i = begin; i < end; ) {
            if (t.isSymbol(i)) { i++; continue; }
            int j = i + 1;
            while (j < end && !t.isSymbol(j) && t.start(j) == t.end(j - 1)) j++;
            w.add(i, j - 1);
            i = j;
        }
        return w;
    }

    /** The name words of a string (a registry name, an alias). */
    static NameWords of(String s) { return of(Tokens.of(s), 0, s.length()); }

    private void add(int first, int last) {
        if (size == firsts.length) {
            firsts = Arrays.copyOf(firsts, size * 2);
            lasts = Arrays.copyOf(lasts, size * 2);
        }
        firsts[size] = first;
        lasts[size] = last;
        size++;
    }

    int size() { return size; }

    /** The token of word {@code i} when it is one ASCII token ({@link Tokens#ascii}), else -1. */
    int asciiToken(int i) { return firsts[i] == lasts[i] && tokens.ascii(firsts[i]) ? firsts[i] : -1; }

    int start(int i) { return tokens.start(firsts[i]); }

    int end(int i) { return tokens.end(lasts[i]); }

    /** Lower-case, accents removed. */
    String norm(int i) {
        if (norms == null) norms = new String[size];
        String n = norms[i];
        if (n == null) norms[i] = n = firsts[i] == lasts[i] ? tokens.folded(firsts[i]) : Tokens.fold(tokens.text(), start(i), end(i));
        return n;
    }
}

package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal tests of where phrase alternations can match around a name. {@link #starts}: where a match of {@code (?:P1|P2|…)\s+(?:the\s+)?$} can start in a region {@code [from, to)} of at most 64
 * characters, read backwards from {@code to} with literal comparisons: the positions {@code p} where some phrase
 * {@code Pk} ends, read with each of its words compared case-insensitively and its spaces standing for {@code \s+},
 * right before the white space (and an optional "the") that ends the region (or ends it but for one final line
 * terminator, where {@code $} also matches). This is a superset of the positions where the regex (the phrases
 * quoted, each space written {@code \s+}, with {@code \b}s and look-aheads of any kind around them, compiled
 * {@code CASE_INSENSITIVE | UNICODE_CASE}) can start a match, because every phrase word is a non-empty literal
 * without white space: so a phrase's last word ends right before a maximal run of white space, its words are
 * separated by exactly such runs, and its characters compare equal under the regex's case folding only if they
 * compare equal here ({@link #same}). The caller confirms each position with the regex itself.
 *
 * <p>Phrases outside that shape (an empty list or phrase, white space other than single spaces, a backslash, a
 * surrogate) make {@link #literal()} false: then the caller must run its regex over the region as before.
 * Immutable and thread-safe.
 */
final class ContextPhrases {
    private final char[][][] words; // phrase -> word -> characters, last word first
    private final char[][] firstWords; // phrase -> its first word's characters
    private final boolean literal;

    ContextPhrases(List<List<String>> lists) {
        List<char[][]> out = new ArrayList<>();
        boolean ok = !lists.isEmpty();
        for (List<String> list : lists) {
            if (list.isEmpty()) ok = false;
            for (String p : list) {
                String[] w = p.split(" ", -1);
                char[][] rev = new char[w.length][];
                for (int i = 0; i < w.length; i++) {
                    rev[w.length - 1 - i] = w[i].toCharArray();
                    if (w[i].isEmpty()) ok = false;
                    for (char c : rev[w.length - 1 - i]) if (space(c) || c == '\\' || Character.isSurrogate(c)) ok = false;
                }
                out.add(rev);
            }
        }
        this.words = out.toArray(new char[0][][]);
        this.firstWords = new char[words.length][];
        for (int i = 0; i < words.length; i++) firstWords[i] = words[i][words[i].length - 1];
        this.literal = ok;
    }

    /** False when some phrase has a shape this test does not model: every position is then a candidate. */
    boolean literal() { return literal; }

    /**
     * Bit {@code p - from} set for every {@code p} in {@code [from, to)} where a match may start ({@code to - from}
     * at most 64). Only meaningful when {@link #literal()}.
     */
    long starts(String text, int from, int to) {
        if (to - from > 64) throw new IllegalArgumentException("region longer than 64: " + (to - from));
        long found = 0;
        // $ matches at the region's end, or before a line terminator (or "\r\n") that ends it
        found |= endingAt(text, from, to);
        if (to - 1 >= from && terminator(text.charAt(to - 1))) found |= endingAt(text, from, to - 1);
        if (to - 2 >= from && text.charAt(to - 2) == '\r' && text.charAt(to - 1) == '\n') found |= endingAt(text, from, to - 2);
        return found;
    }

    /**
     * False only where no match of {@code ^L(?:P1|P2|…)} (a lead {@code L} of {@code minLead} to {@code maxLead}
     * characters of {@code \s}, and commas too when {@code commas}) can be found by {@code lookingAt} over
     * {@code [from, to)}: some phrase's first word must then start right after such a lead and end by {@code to}.
     * Only meaningful when {@link #literal()}.
     */
    boolean mayStartAfter(String text, int from, int to, int minLead, int maxLead, boolean commas) {
        for (int lead = 0; lead <= maxLead && from + lead <= to; lead++) {
            int p = from + lead;
            if (lead >= minLead) {
                for (char[] w : firstWords) if (p + w.length <= to && sameAt(text, p, w)) return true;
            }
            if (p == to) break;
            char c = text.charAt(p);
            if (!(space(c) || (commas && c == ','))) break;
        }
        return false;
    }

    /** Starts of the phrases that end before {@code \s+(?:the\s+)?} ending at {@code e}. */
    private long endingAt(String text, int from, int e) {
        int q = e;
        while (q > from && space(text.charAt(q - 1))) q--;
        if (q == e) return 0;
        long found = phrasesEndingAt(text, from, q);
        if (q - 3 > from && same(text.charAt(q - 3), 't') && same(text.charAt(q - 2), 'h') && same(text.charAt(q - 1), 'e')) {
            int r = q - 3;
            while (r > from && space(text.charAt(r - 1))) r--;
            if (r < q - 3) found |= phrasesEndingAt(text, from, r);
        }
        return found;
    }

    private long phrasesEndingAt(String text, int from, int q) {
        long found = 0;
        for (char[][] phrase : words) {
            int end = q;
            int start = -1;
            for (int w = 0; w < phrase.length; w++) {
                char[] word = phrase[w];
                int s = end - word.length;
                if (s < from || !sameAt(text, s, word)) break;
                if (w == phrase.length - 1) { start = s; break; }
                end = s;
                while (end > from && space(text.charAt(end - 1))) end--;
                if (end == s) break;
            }
            if (start >= 0) found |= 1L << (start - from);
        }
        return found;
    }

    private static boolean sameAt(String text, int at, char[] word) {
        for (int i = 0; i < word.length; i++) if (!same(text.charAt(at + i), word[i])) return false;
        return true;
    }

    /**
     * True when the regex could match text character {@code c} against literal {@code d} case-insensitively with
     * Unicode case (which compares {@code toLowerCase(toUpperCase(·))} of both, or the literal's fold with the
     * character itself); a surrogate always may.
     */
    static boolean same(char c, char d) {
        if (c == d) return true;
        if (c < 128 && d < 128) return (c | 0x20) == (d | 0x20) && Character.isLetter(c) && Character.isLetter(d);
        if (Character.isSurrogate(c)) return true;
        char fc = fold(c), fd = fold(d);
        return fc == fd || c == fd || fc == d;
    }

    private static char fold(char c) { return Character.toLowerCase(Character.toUpperCase(c)); }

    /** {@code \s} of {@code java.util.regex} without {@code UNICODE_CHARACTER_CLASS}. */
    static boolean space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    private static boolean terminator(char c) { return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'; }
}

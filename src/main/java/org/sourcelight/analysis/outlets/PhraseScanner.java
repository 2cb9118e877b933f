package org.sourcelight.analysis.outlets;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.text.Tokens;

/**
 * The matches of a phrase-list pattern (an alternation of literal phrases whose words are joined by {@code \s+},
 * such as {@link OutletLexicons#alternation}) in a region of text, exactly as {@code pattern.matcher(text)
 * .region(from, to)} and repeated {@code find()} give them, but with the pattern tried only where one of the phrases
 * can start: where the text, compared case-insensitively, begins with the first word of some phrase (a literal
 * prefilter, a trie). Most positions of an article are rejected by a table look-up instead of a regex attempt.
 * <p>
 * Why the result is the same: {@code find()} tries each position of the region in turn and returns the first
 * match; the prefilter only skips positions where no phrase can match, and at each remaining position the pattern
 * is tried anchored ({@code lookingAt}) over a view of exactly the region, with transparent bounds, so look-arounds
 * see what they see in the region and nothing beyond it. Thread-safe: immutable but for a cache of which characters can start a phrase, whose entries are written idempotently.
 */
final class PhraseScanner {
    /** Folded first characters of the phrases (the quick first test). */
    private final boolean[] first = new boolean[1 << 16];
    /**
     * {@code first[fold(c)]} for the characters outside ASCII met so far: 0 not computed yet, 1 false, 2 true. Written
     * as scans meet the characters (a character's entry is always written with the same value, so scans on several
     * threads may share it), so that {@link #fold}'s Unicode case mapping runs once per character, not per position.
     */
    private final byte[] firstOther = new byte[1 << 16];
    /** A trie of the phrases' folded first words (their letters and digits up to the first other character). */
    private final Transitions trie = new Transitions();
    /** {@code trie.get(0, c)} for the ASCII characters {@code c} (the first step of every candidate). */
    private final int[] asciiFromRoot = new int[128];
    /** Trie states where a first word ends. */
    private boolean[] wordEnd = new boolean[64];
    private final Pattern pattern;
    /** True when a match can start only where the character before is not an ASCII letter or digit. */
    private final boolean wordStart;
    /**
     * True when no phrase starts with a white-space character (white space has no case, so no other character folds to
     * one): a match then starts inside a token of the shared chain, never in the white space between tokens.
     */
    private final boolean startsInTokens;

    /**
     * @param pattern   the alternation of {@code phrases} (with look-arounds around it)
     * @param phrases   every phrase of the pattern, as written in the list
     * @param wordStart true only when the pattern cannot match right after an ASCII letter or digit (it opens with
     *                  {@code (?<![\p{L}\p{N}-])}, or with {@code \b} and every phrase starts with an ASCII letter
     *                  or digit and the pattern is not {@code UNICODE_CASE})
     */
    PhraseScanner(Pattern pattern, Collection<String> phrases, boolean wordStart) {
        this.pattern = pattern;
        this.wordStart = wordStart;
        int states = 1;
        boolean inTokens = true;
        for (String p : phrases) {
            if (p.isEmpty()) throw new IllegalArgumentException("an empty phrase matches everywhere");
            if (Character.isWhitespace(p.charAt(0)) || Character.isWhitespace(fold(p.charAt(0)))) inTokens = false;
            first[fold(p.charAt(0))] = true;
            int s = 0;
            // the first word, at least one character: a match must start with these characters, case aside
            for (int i = 0; i < p.length() && (i == 0 || Character.isLetterOrDigit(p.charAt(i))); i++) {
                char c = fold(p.charAt(i));
                int t = trie.get(s, c);
                if (t < 0) {
                    t = states++;
                    trie.put(s, c, t);
                }
                s = t;
            }
            if (s >= wordEnd.length) wordEnd = java.util.Arrays.copyOf(wordEnd, Math.max(s + 1, wordEnd.length * 2));
            wordEnd[s] = true;
        }
        for (char c = 0; c < 128; c++) asciiFromRoot[c] = trie.get(0, c);
        startsInTokens = inTokens;
    }

    /** True when every phrase starts with an ASCII letter or digit (for a pattern opening with {@code \b}). */
    static boolean asciiStarts(Collection<String> phrases) {
        for (String p : phrases) if (p.isEmpty() || !asciiWord(p.charAt(0))) return false;
        return true;
    }

    /**
     * Case folding that two characters share whenever a case-insensitive regex (ASCII or Unicode case) takes one
     * for the other: {@code toLowerCase(toUpperCase(c))}, as {@code Pattern}'s Unicode-case comparison does.
     */
    private static char fold(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean asciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@link #asciiWord} of the ASCII characters. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = asciiWord(c);
    }

    /** {@code first[fold(c)]}. */
    private boolean startsPhrase(char c) {
        if (c < 128) return first[(c >= 'A' && c <= 'Z') ? c + 32 : c];
        byte known = firstOther[c];
        if (known == 0) firstOther[c] = known = first[fold(c)] ? (byte) 2 : (byte) 1;
        return known == 2;
    }

    /** The matches in {@code text[from, to)}, one after another. */
    Scan scan(String text, int from, int to) { return scan(text).region(from, to); }

    /** A scan of {@code text}, to be given its {@link Scan#region} (one per document: it keeps its matcher). */
    Scan scan(String text) { return new Scan(text, text.toCharArray()); }

    /** {@link #scan(String)} with the text's characters already read ({@code chars}: {@code text.toCharArray()}, not modified). */
    Scan scan(String text, char[] chars) {
        if (chars.length != text.length()) throw new IllegalArgumentException("chars of another text");
        return new Scan(text, chars);
    }

    /**
     * {@link #scan(String, char[])} that also reads the text's shared tokens ({@code tokens} of exactly {@code text}):
     * with a word-start pattern, the positions tried are then taken token by token (inside a word of ASCII letters
     * and digits only its first character can start a match, and white space none), the same positions in the same
     * order as the character loop tries, so the matches are the same.
     */
    Scan scan(String text, char[] chars, Tokens tokens) {
        Scan s = scan(text, chars);
        if (!tokens.text().equals(text)) throw new IllegalArgumentException("tokens of another text");
        if (wordStart && startsInTokens) s.tokens = tokens;
        return s;
    }

    /**
     * Like a {@link Matcher} in a find loop: {@link #region}, {@link #find()}, then {@link #start()}, {@link #end()},
     * {@link #group()}. Not thread-safe (one per document and thread).
     */
    final class Scan {
        private final String text;
        /** The text's characters, read directly: {@code charAt} on a text with non-Latin-1 characters costs more. */
        private final char[] chars;
        private int from;
        private int to;
        private Matcher m;
        private int base; // the matcher's index 0 in the text
        private int at;
        private int start = -1, end = -1;
        /** The text's shared tokens, when the positions may be read token by token ({@link #scan(String, char[], Tokens)}). */
        private Tokens tokens;

        private Scan(String text, char[] chars) {
            this.text = text;
            this.chars = chars;
        }

        /** Scans {@code text[from, to)} from its start, as a matcher's {@code region(from, to)} would. */
        Scan region(int from, int to) {
            this.from = from;
            this.to = to;
            this.at = from;
            this.start = this.end = -1;
            if (m != null) attach();
            return this;
        }

        /** The next match, as {@code Matcher.find()} in the region would return it. */
        boolean find() {
            if (tokens != null) return findByTokens();
            char[] cs = chars;
            int limit = to;
            boolean byWord = wordStart;
            // whether the character before p is an ASCII letter or digit (then no match starts at p, with wordStart)
            boolean afterWord = byWord && at > from && at - 1 < cs.length && asciiWord(cs[at - 1]);
            for (int p = at; p < limit; p++) {
                char c = cs[p];
                boolean skip = afterWord;
                if (byWord) {
                    afterWord = c < 128 && ASCII_WORD[c];
                    if (skip && afterWord) {
                        // inside an ASCII word no match starts: go to its last character in a tight loop (the state
                        // after it is the same: the character before the next position is an ASCII word character)
                        while (p + 1 < limit && (c = cs[p + 1]) < 128 && ASCII_WORD[c]) p++;
                        continue;
                    }
                }
                if (skip) continue;
                if (!startsPhrase(c) || !firstWordAt(p)) continue;
                Matcher m = matcher();
                m.region(p - base, to - base);
                if (m.lookingAt()) {
                    start = m.start() + base;
                    end = m.end() + base;
                    at = end > start ? end : end + 1;
                    return true;
                }
            }
            at = to;
            start = end = -1;
            return false;
        }

        /**
         * {@link #find} over the tokens (only with {@link #wordStart} and {@link #startsInTokens}): a position is tried
         * when it is the region's first or the character before it is not an ASCII letter or digit, as in the
         * character loop. White space between tokens starts no phrase; inside a token of ASCII letters and digits
         * every character but the first follows one; any other token is read character by character.
         */
        private boolean findByTokens() {
            Tokens t = tokens;
            char[] cs = chars;
            int limit = to, n = t.size();
            for (int i = t.firstEndingAfter(at); i < n; i++) {
                int s = t.start(i);
                if (s >= limit) break;
                if (t.isWord(i) && t.ascii(i)) {
                    // its first character (the one before it is no letter or digit), or the region's first
                    int p = s >= at ? s : at == from ? at : -1;
                    if (p >= 0 && p < limit && triedAt(p)) return true;
                    continue;
                }
                for (int p = Math.max(s, at), e = Math.min(t.end(i), limit); p < e; p++) {
                    if (p > from && p - 1 < cs.length && asciiWord(cs[p - 1])) continue;
                    if (triedAt(p)) return true;
                }
            }
            at = to;
            start = end = -1;
            return false;
        }

        /** True (and the match kept) when a match starts at {@code p}. */
        private boolean triedAt(int p) {
            if (!startsPhrase(chars[p]) || !firstWordAt(p)) return false;
            Matcher m = matcher();
            m.region(p - base, to - base);
            if (!m.lookingAt()) return false;
            start = m.start() + base;
            end = m.end() + base;
            at = end > start ? end : end + 1;
            return true;
        }

        /** True when the folded text at {@code p} starts with some phrase's first word. */
        private boolean firstWordAt(int p) {
            int state = 0;
            for (int i = p; i < to; i++) {
                char f = fold(chars[i]);
                state = i == p && f < 128 ? asciiFromRoot[f] : trie.get(state, f);
                if (state < 0) return false;
                if (state < wordEnd.length && wordEnd[state]) return true;
            }
            return false;
        }

        /** Made at the first candidate: over the whole text the region's bounds are the text's own, else a view of the region. */
        private Matcher matcher() {
            if (m == null) {
                m = pattern.matcher("");
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                attach();
            }
            return m;
        }

        private void attach() {
            boolean whole = from == 0 && to == text.length();
            base = whole ? 0 : from;
            m.reset(whole ? text : new Window(text, from, to));
        }

        /** True when the positions are read token by token ({@link #scan(String, char[], Tokens)}). */
        boolean byTokens() { return tokens != null; }

        int start() { return start; }

        int end() { return end; }

        String group() { return text.substring(start, end); }
    }

    /** {@code text[from, to)} as a char sequence indexed from 0, without a copy. */
    private static final class Window implements CharSequence {
        private final String text;
        private final int from;
        private final int length;

        Window(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.length = to - from;
        }

        @Override public int length() { return length; }

        @Override public char charAt(int index) {
            if (index < 0 || index >= length) throw new IndexOutOfBoundsException(index);
            return text.charAt(from + index);
        }

        @Override public CharSequence subSequence(int start, int end) { return text.substring(from + start, from + end); }

        @Override public String toString() { return text.substring(from, from + length); }
    }
}

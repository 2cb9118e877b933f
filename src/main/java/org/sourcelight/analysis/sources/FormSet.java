package org.sourcelight.analysis.sources;

/**
 * A set of word forms keyed by a region of a text, so that reading a word already seen allocates nothing: one
 * string per distinct form, made the first time the form is met. Open addressing with linear probing; the hash of
 * a region is {@link String#hashCode()} of its characters, so a lookup by string uses the string's cached hash.
 * Not thread-safe; one set serves one document's reading.
 */
final class FormSet {
    private String[] keys;
    private int[] hashes;
    private int size;

    FormSet() { this(32); }

    /** A set sized for about {@code expected} forms, so that filling it rarely re-hashes. */
    FormSet(int expected) {
        int cap = 64;
        while (cap < 2 * expected && cap < 1 << 20) cap <<= 1;
        keys = new String[cap];
        hashes = new int[cap];
    }

    /**
     * A size guess for the distinct forms of a text of {@code chars} characters: about one new form per 16
     * characters in a news article, capped (vocabulary grows far slower than length in a long text) so a huge
     * file does not get a huge table up front.
     */
    static int expectedForms(int chars) { return Math.min(chars / 16, 1 << 14); }

    /** The one string with the characters of {@code text[start, end)}, added if new. */
    String intern(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        int mask = keys.length - 1;
        for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
            String k = keys[p];
            if (k == null) {
                k = text.substring(start, end);
                keys[p] = k;
                hashes[p] = h;
                if (++size * 2 > keys.length) grow();
                return k;
            }
            if (hashes[p] == h && regionEquals(k, text, start, end)) return k;
        }
    }

    /** Adds {@code word} (the string itself, when its form is new). */
    void add(String word) {
        int h = word.hashCode();
        int mask = keys.length - 1;
        for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
            String k = keys[p];
            if (k == null) {
                keys[p] = word;
                hashes[p] = h;
                if (++size * 2 > keys.length) grow();
                return;
            }
            if (hashes[p] == h && k.equals(word)) return;
        }
    }

    /** True when {@code word} was added. */
    boolean contains(String word) {
        int h = word.hashCode();
        int mask = keys.length - 1;
        for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
            String k = keys[p];
            if (k == null) return false;
            if (hashes[p] == h && k.equals(word)) return true;
        }
    }

    int size() { return size; }

    private static int spread(int h) { return h ^ (h >>> 16); }

    private static boolean regionEquals(String k, String text, int start, int end) {
        if (k.length() != end - start) return false;
        for (int i = 0; i < k.length(); i++) if (k.charAt(i) != text.charAt(start + i)) return false;
        return true;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int p = spread(oldHashes[i]) & mask;
            while (keys[p] != null) p = (p + 1) & mask;
            keys[p] = oldKeys[i];
            hashes[p] = oldHashes[i];
        }
    }
}

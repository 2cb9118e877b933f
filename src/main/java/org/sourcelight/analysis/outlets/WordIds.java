package org.sourcelight.analysis.outlets;

import java.util.Arrays;
import org.sourcelight.text.Tokens;

/**
 * The name automaton's vocabulary: folded word → id, looked up straight from the text's characters. The folding
 * is {@link Tokens#fold} (lower case, accents and combining marks dropped), applied character by character while
 * hashing, so a text word is looked up without building its folded string: most words of an article are in no
 * outlet name, and making a string for each was a third of the outlet analysis. Open addressing over primitive
 * arrays; written while the automaton is built, read-only after (thread-safe then).
 */
final class WordIds {
    private char[][] words = new char[256][];
    private int[] hashes = new int[256];
    private int[] ids = new int[256];
    private int size;
    private int mask = 255;

    /** The id of {@code folded}, adding it with the next id when new. */
    int add(String folded) {
        char[] w = folded.toCharArray();
        int h = hash(w);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            if (words[i] == null) {
                if ((size + 1) * 2 > words.length) {
                    grow();
                    return add(folded);
                }
                words[i] = w;
                hashes[i] = h;
                ids[i] = size;
                return size++;
            }
            if (hashes[i] == h && Arrays.equals(words[i], w)) return ids[i];
        }
    }

    int size() { return size; }

    /**
     * The id of the folded form of {@code text[from, to)}, or -1 when no name has that word; reads the characters
     * directly (no {@code charAt} per character).
     */
    int id(char[] text, int from, int to) {
        int h = 0, n = 0;
        for (int k = from; k < to; k++) {
            char f = fold(text[k]);
            if (f == 0) continue;
            h = 31 * h + f;
            n++;
        }
        h = mix(h);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            char[] w = words[i];
            if (w == null) return -1;
            if (hashes[i] == h && w.length == n && same(w, text, from, to)) return ids[i];
        }
    }

    private static boolean same(char[] w, char[] text, int from, int to) {
        int j = 0;
        for (int k = from; k < to; k++) {
            char f = fold(text[k]);
            if (f == 0) continue;
            if (w[j++] != f) return false;
        }
        return true;
    }

    /** {@link Tokens#foldChar}, with the ASCII case inline. */
    private static char fold(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        return Tokens.foldChar(c);
    }

    private static int hash(char[] w) {
        int h = 0;
        for (char c : w) h = 31 * h + c;
        return mix(h);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        char[][] ow = words;
        int[] oh = hashes, oi = ids;
        int cap = ow.length * 2;
        words = new char[cap][];
        hashes = new int[cap];
        ids = new int[cap];
        mask = cap - 1;
        for (int k = 0; k < ow.length; k++) {
            if (ow[k] == null) continue;
            int i = oh[k] & mask;
            while (words[i] != null) i = (i + 1) & mask;
            words[i] = ow[k];
            hashes[i] = oh[k];
            ids[i] = oi[k];
        }
    }
}

package org.sourcelight.analysis.duplicates;

import java.util.Arrays;
import java.util.List;
import org.sourcelight.text.Tokens;

/**
 * How words are compared when looking for copied text: the document's shared {@link Tokens}, words joined by an
 * inner apostrophe ("country's" = "countrys"), letters and digits folded ({@link Tokens#foldChar}: lower case,
 * accents dropped); everything else (punctuation, quote marks, dashes, white space) separates words. Each word is
 * reduced to a 64-bit hash.
 */
final class WordHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordHash() {}

    static long start() { return FNV_OFFSET; }

    static long add(long h, char folded) { return (h ^ folded) * FNV_PRIME; }

    /** Spreads the bits of a finished word hash (splitmix64 finaliser). */
    static long finish(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** Hash of one word written as in a lexicon. */
    static long hash(CharSequence word) {
        long h = start();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Tokens.isWordChar(c)) h = add(h, Tokens.foldChar(c));
        }
        return finish(h);
    }

    /** Hash of an ordered sequence of word hashes (a shingle). */
    static long combine(long h, long word) {
        return finish(h * 31 + word);
    }

    /** Sorted hashes of the entries, for {@link #contains}. */
    static long[] hashes(List<String> words) {
        long[] out = new long[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = hash(words.get(i));
        Arrays.sort(out);
        return out;
    }

    static boolean contains(long[] sorted, long h) {
        return Arrays.binarySearch(sorted, h) >= 0;
    }
}


package org.sourcelight.analysis.duplicates;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * How words are compared when looking for copied text: letters and digits only, lower case, accents dropped, an
 * apostrophe inside a word ignored ("country's" = "countrys"); everything else (punctuation, quote marks, dashes,
 * white space) separates words. Each word is reduced to a 64-bit hash.
 */
final class Words {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Words() {}

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The character as compared: lower case, without accent. */
    static char fold(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        char base = c;
        if (Character.isLetter(c)) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (!d.isEmpty()) base = d.charAt(0);
        }
        return Character.toLowerCase(base);
    }

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
            if (isWordChar(c)) h = add(h, fold(c));
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

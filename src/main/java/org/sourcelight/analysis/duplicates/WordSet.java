package org.sourcelight.analysis.duplicates;

import java.util.List;

/**
 * A fixed set of word hashes ({@link WordHash}): the function words, titles and page-control words the duplicate
 * finder asks about for every word of every article. An open-addressing table on the hash's low bits (the hashes
 * are already well mixed), so a look-up is one or two array reads instead of a binary search. Immutable.
 */
final class WordSet {
    private final long[] table;
    private final int mask;
    /** 0 marks an empty slot, so the hash 0 is kept apart. */
    private final boolean hasZero;

    private WordSet(long[] hashes) {
        int n = Integer.highestOneBit(Math.max(8, hashes.length * 4) - 1) << 1;
        table = new long[n];
        mask = n - 1;
        boolean zero = false;
        for (long h : hashes) {
            if (h == 0) {
                zero = true;
                continue;
            }
            int i = (int) h & mask;
            while (table[i] != 0 && table[i] != h) i = (i + 1) & mask;
            table[i] = h;
        }
        hasZero = zero;
    }

    /** The set of the entries' hashes ({@link WordHash#hash}). */
    static WordSet of(List<String> words) {
        return new WordSet(WordHash.hashes(words));
    }

    boolean contains(long h) {
        if (h == 0) return hasZero;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == h) return true;
            if (k == 0) return false;
        }
    }
}

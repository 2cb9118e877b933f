package org.sourcelight.analysis.duplicates;

import java.util.Arrays;

/**
 * The fingerprints of an article for the library index: winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003)
 * over hashes of {@link #K} consecutive content words within a unit. In every window of {@link #W} consecutive
 * hashes the smallest is kept, so any passage two articles share with at least {@code K + W - 1} content words
 * in a row yields at least one common fingerprint, while an article keeps only about {@code 2 / (W + 1)} of its
 * hashes. Fingerprints are 32-bit; a rare collision only adds a candidate that the alignment then rejects.
 */
final class Fingerprinter {
    /** Changes whenever the fingerprints of a text may change; stored fingerprints of another version are rebuilt. */
    static final int VERSION = 1;
    static final int K = 3;
    static final int W = 4;

    private Fingerprinter() {}

    /** Sorted, distinct fingerprints. */
    static int[] of(PassageText t) {
        long[] grams = new long[Math.max(1, t.word.length)];
        int n = 0;
        long[] window = new long[K];
        for (int u = 0; u < t.units(); u++) {
            int have = 0;
            for (int w = t.unitFirst[u]; w < t.unitLast[u]; w++) {
                if (!t.content[w]) continue;
                window[have % K] = t.word[w];
                have++;
                if (have < K) continue;
                long h = WordHash.start();
                for (int k = have - K; k < have; k++) h = WordHash.combine(h, window[k % K]);
                grams[n++] = h;
            }
        }
        if (n == 0) return new int[0];
        int[] picked = new int[n];
        int p = 0;
        int[] deque = new int[n];
        int head = 0, tail = 0;
        int last = -1;
        int width = Math.min(W, n);
        for (int i = 0; i < n; i++) {
            while (tail > head && grams[deque[tail - 1]] >= grams[i]) tail--; // rightmost minimum wins ties
            deque[tail++] = i;
            while (deque[head] <= i - width) head++;
            if (i >= width - 1 && deque[head] != last) {
                last = deque[head];
                long g = grams[last];
                picked[p++] = (int) (g ^ (g >>> 32));
            }
        }
        int[] out = Arrays.copyOf(picked, p);
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < p; i++) if (i == 0 || out[i] != out[i - 1]) out[m++] = out[i];
        return Arrays.copyOf(out, m);
    }
}

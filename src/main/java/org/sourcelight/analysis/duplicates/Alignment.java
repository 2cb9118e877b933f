package org.sourcelight.analysis.duplicates;

/**
 * Compares two units word by word with greedy string tiling (as plagiarism checkers do): repeatedly take the
 * longest run of words both units share that no earlier run used, down to runs of {@link #MIN_TILE} words. Runs
 * may come in any order, so a clause moved to the front of a sentence still counts; a changed word only breaks a
 * run in two. Runs made of function words alone ("one of the") are not counted. Units are at most
 * {@link PassageText#MAX_UNIT_WORDS} words, so one comparison is bounded.
 */
final class Alignment {
    static final int MIN_TILE = 3;

    private Alignment() {}

    /** How many words of unit {@code ua} of {@code a} are covered by runs shared with unit {@code ub} of {@code b}. */
    static int sharedWords(PassageText a, int ua, PassageText b, int ub) {
        return sharedWords(a, ua, b, ub, null, null);
    }

    /**
     * The same, and marks in {@code markA} / {@code markB} (one flag per word of each unit, or null) the words
     * covered by the counted runs.
     */
    static int sharedWords(PassageText a, int ua, PassageText b, int ub, boolean[] markA, boolean[] markB) {
        int a0 = a.unitFirst[ua], n = a.words(ua);
        int b0 = b.unitFirst[ub], m = b.words(ub);
        if (a.unitHash[ua] == b.unitHash[ub] && a.sameWords(ua, ua, b, ub, ub)) {
            if (markA != null) java.util.Arrays.fill(markA, true);
            if (markB != null) java.util.Arrays.fill(markB, true);
            return n;
        }
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int total = 0;
        long[] aw = a.word, bw = b.word; // read in locals: the quick compiler reloads fields in every iteration
        while (true) {
            int best = 0, endA = -1, endB = -1;
            java.util.Arrays.fill(prev, 0);
            for (int i = 0; i < n; i++) {
                long w = aw[a0 + i];
                boolean free = !usedA[i];
                cur[0] = 0;
                for (int j = 0; j < m; j++) {
                    int v = free && !usedB[j] && bw[b0 + j] == w ? prev[j] + 1 : 0;
                    cur[j + 1] = v;
                    if (v > best) {
                        best = v;
                        endA = i;
                        endB = j;
                    }
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            if (best < MIN_TILE) return total;
            boolean content = false;
            for (int k = 0; k < best; k++) {
                usedA[endA - k] = true;
                usedB[endB - k] = true;
                content |= a.content[a0 + endA - k];
            }
            if (content) {
                total += best;
                for (int k = 0; k < best; k++) {
                    if (markA != null) markA[endA - k] = true;
                    if (markB != null) markB[endB - k] = true;
                }
            }
        }
    }
}

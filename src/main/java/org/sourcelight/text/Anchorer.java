package org.sourcelight.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.model.TextAnchor;

/**
 * Finds a stored anchor again in a (possibly changed) text, the way Web Annotation clients do:
 * <ol>
 *   <li><b>position</b>: the quote is still at the stored offsets;</li>
 *   <li><b>quote</b>: the exact quote occurs elsewhere: the occurrence whose surroundings agree best with the stored
 *       prefix and suffix wins, then the one nearest the old position;</li>
 *   <li><b>fuzzy</b>: a slightly edited version of the quote (at most one character in five changed; quotes of ten
 *       characters or more) found by Myers' bit-parallel approximate search, which costs one pass over the text per
 *       64 characters of quote; candidates are ranked by quote errors, context agreement and distance;</li>
 *   <li>otherwise the anchor is an <b>orphan</b>: returned unchanged, so the reader still sees its quote.</li>
 * </ol>
 * Quote and fuzzy searches look near the old place first (a few thousand characters around it) and scan the whole
 * text only when nothing convincing is found there, so the usual case stays fast on long texts.
 * A short quote (under {@value #SHORT} characters) is accepted by position or quote only when some of its stored
 * context agrees too, so "the" does not jump to any other "the". Placed anchors get fresh prefix/suffix from the
 * new text (and, for fuzzy ones, the new wording as their quote). Stateless and thread-safe.
 */
public final class Anchorer {
    /** Quotes shorter than this need context agreement. */
    public static final int SHORT = 8;
    /** Quotes shorter than this are never matched fuzzily. */
    public static final int MIN_FUZZY = 10;
    private static final int MIN_CONTEXT = 3;
    private static final int MAX_CANDIDATES = 16;
    /** Characters around the old place searched first. */
    private static final int NEAR = 2048;
    /** Context agreement that makes a nearby fuzzy match final without searching the whole text. */
    private static final double GOOD_CONTEXT = 0.5;

    /** How an anchor was placed. */
    public enum Method { POSITION, QUOTE, FUZZY, ORPHAN }

    /** The outcome for one anchor: for an orphan, {@code anchor} is the old anchor unchanged. */
    public record Placement(Method method, TextAnchor anchor) {
        public boolean isOrphan() { return method == Method.ORPHAN; }
    }

    private Anchorer() {}

    public static Placement place(TextAnchor old, String text) {
        String exact = old.exact();
        if (old.end() <= text.length() && text.startsWith(exact, old.start())
                && contextAgrees(old, context(old, text, old.start(), old.end()))) {
            return new Placement(Method.POSITION, TextAnchor.of(text, old.start(), old.end()));
        }
        // near the old place first: a quote with all its context there is the answer; otherwise search everywhere
        int radius = Math.max(NEAR, 4 * exact.length());
        int from = Math.max(0, Math.min(old.start(), text.length()) - radius);
        int to = Math.min(text.length(), old.end() + radius);
        int[] q = bestQuote(old, text, from, to);
        if (q == null || q[1] < old.prefix().length() + old.suffix().length()) q = bestQuote(old, text, 0, text.length());
        if (q != null && contextAgrees(old, q[1])) {
            return new Placement(Method.QUOTE, TextAnchor.of(text, q[0], q[0] + exact.length()));
        }
        if (exact.length() >= MIN_FUZZY && !text.isEmpty()) {
            Match near = from > 0 || to < text.length() ? fuzzy(old, text, from, to) : null;
            Match m = near != null && near.context() >= GOOD_CONTEXT ? near : fuzzy(old, text, 0, text.length());
            if (m != null) return new Placement(Method.FUZZY, TextAnchor.of(text, m.start(), m.end()));
        }
        return new Placement(Method.ORPHAN, old);
    }

    public static List<Placement> placeAll(List<TextAnchor> anchors, String text) {
        List<Placement> out = new ArrayList<>(anchors.size());
        for (TextAnchor a : anchors) out.add(place(a, text));
        return out;
    }

    /** The occurrence of the exact quote inside {@code [from, to)} with most context agreement, then nearest: {at, ctx}. */
    private static int[] bestQuote(TextAnchor old, String text, int from, int to) {
        String exact = old.exact();
        int best = -1, bestCtx = -1, bestDist = Integer.MAX_VALUE;
        for (int i = text.indexOf(exact, from); i >= 0 && i + exact.length() <= to; i = text.indexOf(exact, i + 1)) {
            int ctx = context(old, text, i, i + exact.length());
            int dist = Math.abs(i - old.start());
            if (ctx > bestCtx || (ctx == bestCtx && dist < bestDist)) {
                best = i;
                bestCtx = ctx;
                bestDist = dist;
            }
        }
        return best < 0 ? null : new int[] {best, bestCtx};
    }

    /** Characters of stored context that agree with the text around {@code [start, end)}: 0 to prefix+suffix. */
    static int context(TextAnchor a, String text, int start, int end) {
        String p = a.prefix();
        int n = 0;
        while (n < p.length() && start - 1 - n >= 0 && text.charAt(start - 1 - n) == p.charAt(p.length() - 1 - n)) n++;
        String s = a.suffix();
        int m = 0;
        while (m < s.length() && end + m < text.length() && text.charAt(end + m) == s.charAt(m)) m++;
        return n + m;
    }

    private static boolean contextAgrees(TextAnchor a, int ctx) {
        if (a.exact().length() >= SHORT) return true;
        int available = a.prefix().length() + a.suffix().length();
        return ctx >= Math.min(MIN_CONTEXT, available);
    }

    /** An approximate occurrence: its range, and how well the stored prefix/suffix agree around it (0 to 1). */
    private record Match(int start, int end, double context) {}

    /** The best approximate occurrence of the quote ending inside {@code [from, to)}, or null. */
    private static Match fuzzy(TextAnchor old, String text, int from, int to) {
        String pattern = old.exact();
        int m = pattern.length();
        int maxErrors = m / 5;
        int[] scores = new Myers(pattern).scores(text, from, to, false);
        List<int[]> candidates = new ArrayList<>(); // {end, errors}
        int j = 0;
        while (j < scores.length) {
            if (scores[j] > maxErrors) {
                j++;
                continue;
            }
            int bestJ = j;
            while (j < scores.length && scores[j] <= maxErrors) {
                if (scores[j] < scores[bestJ]) bestJ = j;
                j++;
            }
            candidates.add(new int[] {from + bestJ + 1, scores[bestJ]});
        }
        if (candidates.isEmpty()) return null;
        candidates.sort((a, b) -> Integer.compare(a[1], b[1]));
        if (candidates.size() > MAX_CANDIDATES) candidates = candidates.subList(0, MAX_CANDIDATES);
        Myers reversed = new Myers(new StringBuilder(pattern).reverse().toString());
        Match best = null;
        double bestScore = -1;
        for (int[] c : candidates) {
            int end = c[0];
            String window = new StringBuilder(text.substring(Math.max(0, end - m - maxErrors), end)).reverse().toString();
            int[] back = reversed.scores(window, 0, window.length(), true);
            int len = 1;
            for (int t = 1; t < back.length; t++) {
                if (back[t] < back[len - 1] || (back[t] == back[len - 1] && Math.abs(t + 1 - m) < Math.abs(len - m))) len = t + 1;
            }
            int start = end - len;
            int errors = back[len - 1];
            if (errors > maxErrors) continue;
            double context = (similarity(old.prefix(), text.substring(Math.max(0, start - old.prefix().length()), start))
                    + similarity(old.suffix(), text.substring(end, Math.min(text.length(), end + old.suffix().length())))) / 2;
            double score = 50.0 * (1 - (double) errors / m) + 40.0 * context
                    + 2.0 * (1 - (double) Math.abs(start - old.start()) / Math.max(1, text.length()));
            if (score > bestScore) {
                bestScore = score;
                best = new Match(start, end, context);
            }
        }
        return best;
    }

    /** 1 for equal strings, 0 for nothing in common (by edit distance); 1 when there is no stored context. */
    static double similarity(String stored, String found) {
        if (stored.isEmpty()) return 1;
        int[] prev = new int[found.length() + 1];
        int[] cur = new int[found.length() + 1];
        for (int k = 0; k <= found.length(); k++) prev[k] = k;
        for (int i = 1; i <= stored.length(); i++) {
            cur[0] = i;
            for (int k = 1; k <= found.length(); k++) {
                int sub = prev[k - 1] + (stored.charAt(i - 1) == found.charAt(k - 1) ? 0 : 1);
                cur[k] = Math.min(sub, Math.min(prev[k] + 1, cur[k - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[found.length()] / Math.max(stored.length(), found.length());
    }

    /**
     * Myers' (1999) bit-parallel edit distance, in Hyyrö's blocked form for patterns longer than 64 characters.
     * {@code scores(text, false)[j]} is the fewest edits turning the pattern into some substring of the text that ends
     * just before {@code j + 1}; with {@code anchored} the substring must start at 0 (plain prefix edit distance).
     */
    static final class Myers {
        private final int m;
        private final int blocks;
        private final long lastMask;
        private final long[][] ascii = new long[128][];
        private final Map<Character, long[]> other = new HashMap<>();

        Myers(String pattern) {
            m = pattern.length();
            blocks = (m + 63) / 64;
            lastMask = 1L << ((m - 1) % 64);
            for (int i = 0; i < m; i++) {
                char c = pattern.charAt(i);
                long[] eq = peq(c);
                if (eq == null) {
                    eq = new long[blocks];
                    if (c < 128) ascii[c] = eq;
                    else other.put(c, eq);
                }
                eq[i / 64] |= 1L << (i % 64);
            }
        }

        private long[] peq(char c) {
            return c < 128 ? ascii[c] : other.get(c);
        }

        int[] scores(String text, boolean anchored) {
            return scores(text, 0, text.length(), anchored);
        }

        /** Scores for the text's range {@code [from, to)}, as if it were the whole text; index 0 is {@code from}. */
        int[] scores(String text, int from, int to, boolean anchored) {
            return blocks == 1 ? scoresOneBlock(text, from, to, anchored) : scoresBlocked(text, from, to, anchored);
        }

        private int[] scoresOneBlock(String text, int from, int to, boolean anchored) {
            long pv = -1L, mv = 0L;
            int score = m;
            long hIn = anchored ? 1L : 0L;
            int[] out = new int[to - from];
            for (int j = from; j < to; j++) {
                long[] eqs = peq(text.charAt(j));
                long eq = eqs == null ? 0L : eqs[0];
                long xv = eq | mv;
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                if ((ph & lastMask) != 0) score++;
                else if ((mh & lastMask) != 0) score--;
                ph = (ph << 1) | hIn;
                mh <<= 1;
                pv = mh | ~(xv | ph);
                mv = ph & xv;
                out[j - from] = score;
            }
            return out;
        }

        private int[] scoresBlocked(String text, int from, int to, boolean anchored) {
            long[] pv = new long[blocks];
            long[] mv = new long[blocks];
            java.util.Arrays.fill(pv, -1L);
            int score = m;
            int[] out = new int[to - from];
            for (int j = from; j < to; j++) {
                long[] eqs = peq(text.charAt(j));
                int carry = anchored ? 1 : 0;
                for (int b = 0; b < blocks; b++) {
                    long p = pv[b], n = mv[b];
                    int hInNeg = carry < 0 ? 1 : 0;
                    long eq = (eqs == null ? 0L : eqs[b]) | hInNeg;
                    long xv = eq | n;
                    long xh = (((eq & p) + p) ^ p) | eq;
                    long ph = n | ~(xh | p);
                    long mh = p & xh;
                    long mask = b == blocks - 1 ? lastMask : Long.MIN_VALUE;
                    int hOut = ((ph & mask) != 0 ? 1 : 0) - ((mh & mask) != 0 ? 1 : 0);
                    ph = (ph << 1) | (carry > 0 ? 1 : 0);
                    mh = (mh << 1) | hInNeg;
                    pv[b] = mh | ~(xv | ph);
                    mv[b] = ph & xv;
                    carry = hOut;
                }
                score += carry;
                out[j - from] = score;
            }
            return out;
        }
    }
}

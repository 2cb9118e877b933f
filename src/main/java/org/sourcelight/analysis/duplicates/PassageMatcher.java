package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;

/**
 * The matching itself, over a set of tokenized documents:
 * <ol>
 *   <li><b>Seeds.</b> Each unit (sentence, footer line) is keyed by the pairs of neighbouring content words it
 *       contains. Units sharing at least two seeds, and at least a quarter of the smaller unit's seeds, become
 *       candidates (at most {@link #CANDIDATES_PER_UNIT} per unit, posting lists capped at {@link #POSTING_CAP}),
 *       so the work stays near-linear in the text.</li>
 *   <li><b>Alignment.</b> Each candidate pair of units is compared word by word ({@link Alignment}); it becomes a
 *       link when the shared runs cover at least {@link #MIN_LINK_SIMILARITY} of the two units.</li>
 *   <li><b>Passages.</b> Links that follow each other in both texts (one unit may be skipped on either side) are
 *       joined into one passage, from the first unit's start to the last unit's end. A passage is reported when
 *       its shared words number at least {@link #MIN_WORDS} and cover at least {@link #MIN_SIMILARITY} of it:
 *       a common phrase such as "the Syrian government" never is.</li>
 *   <li><b>Kinds.</b> Exact when both passages hold the same words in the same order; boilerplate when both lie
 *       in site footers, or when the same words stand in {@link #BOILERPLATE_COPIES} or more other articles of
 *       the same outlet; near otherwise.</li>
 * </ol>
 * Only pairs involving the first {@code focus} documents are looked at. Stateless.
 */
final class PassageMatcher {
    static final int MIN_WORDS = 8;
    static final double MIN_SIMILARITY = 0.3;
    static final double MIN_LINK_SIMILARITY = 0.3;
    static final int MIN_SHARED_SEEDS = 2;
    /** A candidate unit shares at least this part of the smaller unit's seeds (a sentence pair of 12 seeds: 3). */
    static final double MIN_SEED_OVERLAP = 0.25;
    static final int POSTING_CAP = 48;
    static final int CANDIDATES_PER_UNIT = 12;
    static final int BOILERPLATE_COPIES = 2;
    /** A near passage never reports 100 %: that figure means word for word. */
    static final double MAX_NEAR_SIMILARITY = 0.99;

    /** A tokenized document with its report name and outlet key. */
    record Doc(String id, String file, String group, PassageText text) {}

    private record Link(int a, int b, int shared) {}

    private static final class Run {
        final int firstA, firstB;
        int lastA, lastB, shared;

        Run(Link l) {
            firstA = lastA = l.a;
            firstB = lastB = l.b;
            shared = l.shared;
        }
    }

    /** A reported passage before its kind is final: which doc it is in, which doc holds the other copy. */
    private record Found(int other, int start, int end, boolean exact, boolean footers, Match match) {}

    List<List<Match>> match(List<Doc> docs, int focus) {
        int n = docs.size();
        int[] base = new int[n + 1];
        for (int d = 0; d < n; d++) base[d + 1] = base[d] + docs.get(d).text().units();
        int total = base[n];
        int[] docOf = new int[total];
        long[][] seeds = new long[total][];
        int seedCount = 0;
        for (int d = 0; d < n; d++) {
            PassageText t = docs.get(d).text();
            for (int u = 0; u < t.units(); u++) {
                docOf[base[d] + u] = d;
                seeds[base[d] + u] = seeds(t, u);
                seedCount += seeds[base[d] + u].length;
            }
        }
        SeedIndex index = new SeedIndex(seedCount, POSTING_CAP);
        for (int g = 0; g < total; g++) for (long s : seeds[g]) index.add(s, g);

        Map<Long, List<Link>> links = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        int[] count = new int[total];
        int[] touched = new int[64];
        for (int g = 0; g < base[Math.min(focus, n)]; g++) {
            int need = Math.min(MIN_SHARED_SEEDS, seeds[g].length);
            if (need == 0) continue;
            int t = 0;
            for (long s : seeds[g]) {
                for (int e = index.first(s); e >= 0; e = index.next(e)) {
                    int v = index.unit(e);
                    if (v == g) continue;
                    if (count[v]++ == 0) {
                        if (t == touched.length) touched = Arrays.copyOf(touched, t * 2);
                        touched[t++] = v;
                    }
                }
            }
            long[] ranked = new long[t];
            int r = 0;
            for (int i = 0; i < t; i++) {
                int v = touched[i];
                int enough = Math.max(need, (int) Math.ceil(MIN_SEED_OVERLAP * Math.min(seeds[g].length, seeds[v].length)));
                if (count[v] >= enough) ranked[r++] = ((long) (Integer.MAX_VALUE - count[v]) << 32) | v;
                count[v] = 0;
            }
            Arrays.sort(ranked, 0, r);
            for (int i = 0; i < Math.min(r, CANDIDATES_PER_UNIT); i++) {
                int v = (int) ranked[i];
                int lo = Math.min(g, v), hi = Math.max(g, v);
                if (!seen.add((long) lo * total + hi)) continue;
                int da = docOf[lo], db = docOf[hi];
                PassageText ta = docs.get(da).text(), tb = docs.get(db).text();
                int ua = lo - base[da], ub = hi - base[db];
                int shared = Alignment.sharedWords(ta, ua, tb, ub);
                double sim = 2.0 * shared / (ta.words(ua) + tb.words(ub));
                if (shared >= Alignment.MIN_TILE && sim >= MIN_LINK_SIMILARITY) {
                    links.computeIfAbsent((long) da * n + db, k -> new ArrayList<>()).add(new Link(ua, ub, shared));
                }
            }
        }

        List<List<Found>> found = new ArrayList<>();
        for (int d = 0; d < n; d++) found.add(new ArrayList<>());
        List<Long> pairs = new ArrayList<>(links.keySet());
        pairs.sort(null);
        for (long key : pairs) {
            int da = (int) (key / n), db = (int) (key % n);
            for (Run run : runs(links.get(key), da == db)) passage(docs, da, db, run, focus, found);
        }

        List<List<Match>> out = new ArrayList<>();
        for (int d = 0; d < n; d++) out.add(d < focus ? classify(docs, d, found.get(d)) : List.of());
        return out;
    }

    /** Hashes of the pairs of neighbouring content words of a unit, without repeats. */
    static long[] seeds(PassageText t, int u) {
        long[] out = new long[t.words(u)];
        int k = 0;
        long prev = 0;
        boolean havePrev = false;
        for (int w = t.unitFirst[u]; w < t.unitLast[u]; w++) {
            if (!t.content[w]) continue;
            if (havePrev) out[k++] = WordHash.combine(WordHash.combine(WordHash.start(), prev), t.word[w]);
            prev = t.word[w];
            havePrev = true;
        }
        if (k == 0 && havePrev) out[k++] = WordHash.combine(WordHash.start(), prev);
        long[] s = Arrays.copyOf(out, k);
        Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < k; i++) if (i == 0 || s[i] != s[i - 1]) s[m++] = s[i];
        return Arrays.copyOf(s, m);
    }

    /** Joins links that follow each other in both texts; within one text a passage never reaches its twin. */
    private static List<Run> runs(List<Link> links, boolean within) {
        links.sort(Comparator.comparingInt(Link::a).thenComparingInt(Link::b));
        Map<Long, Run> open = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        for (Link l : links) {
            Run run = null;
            search:
            for (int da = 1; da <= 2; da++) {
                for (int db = 1; db <= 2; db++) {
                    Run r = open.get(key(l.a - da, l.b - db));
                    if (r != null && (!within || l.a < r.firstB)) {
                        run = r;
                        break search;
                    }
                }
            }
            if (run == null) {
                run = new Run(l);
                runs.add(run);
            } else {
                open.remove(key(run.lastA, run.lastB));
                run.lastA = l.a;
                run.lastB = l.b;
                run.shared += l.shared;
            }
            open.put(key(run.lastA, run.lastB), run);
        }
        return runs;
    }

    private static long key(int a, int b) { return ((long) a << 32) | (b & 0xffffffffL); }

    private static void passage(List<Doc> docs, int da, int db, Run run, int focus, List<List<Found>> found) {
        Doc a = docs.get(da), b = docs.get(db);
        PassageText ta = a.text(), tb = b.text();
        int wordsA = ta.words(run.firstA, run.lastA), wordsB = tb.words(run.firstB, run.lastB);
        int shared = Math.min(run.shared, Math.min(wordsA, wordsB));
        double sim = 2.0 * shared / (wordsA + wordsB);
        if (shared < MIN_WORDS || sim < MIN_SIMILARITY) return;
        boolean exact = ta.sameWords(run.firstA, run.lastA, tb, run.firstB, run.lastB);
        boolean footers = ta.allFooter(run.firstA, run.lastA) && tb.allFooter(run.firstB, run.lastB);
        double similarity = exact ? 1.0 : Math.min(MAX_NEAR_SIMILARITY, sim);
        DuplicateKind kind = exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;
        int sa = ta.unitStart[run.firstA], ea = ta.unitEnd[run.lastA];
        int sb = tb.unitStart[run.firstB], eb = tb.unitEnd[run.lastB];
        String pa = ta.doc.text().substring(sa, ea), pb = tb.doc.text().substring(sb, eb);
        boolean within = da == db;
        if (da < focus) {
            Duplicate dup = new Duplicate(sa, ea, kind, similarity, within ? null : b.id(), within ? "" : b.file(), sb, eb);
            found.get(da).add(new Found(db, sa, ea, exact, footers, new Match(dup, pa, pb, shared, 0)));
        }
        if (db < focus) {
            Duplicate dup = new Duplicate(sb, eb, kind, similarity, within ? null : a.id(), within ? "" : a.file(), sa, ea);
            found.get(db).add(new Found(da, sb, eb, exact, footers, new Match(dup, pb, pa, shared, 0)));
        }
    }

    /** Turns template text into boilerplate and orders the findings by position. */
    private static List<Match> classify(List<Doc> docs, int d, List<Found> found) {
        String group = docs.get(d).group();
        List<Match> out = new ArrayList<>();
        for (Found f : found) {
            if (f.other == d) {
                out.add(f.match);
                continue;
            }
            Set<Integer> copies = new HashSet<>();
            for (Found g : found) {
                if (g.other == d || g.start >= f.end || f.start >= g.end) continue;
                if (g.footers || (g.exact && sameGroup(group, docs.get(g.other).group()))) copies.add(g.other);
            }
            boolean template = f.footers
                    || (f.exact && sameGroup(group, docs.get(f.other).group()) && copies.size() >= BOILERPLATE_COPIES);
            Duplicate x = f.match.duplicate();
            if (template) {
                x = new Duplicate(x.start(), x.end(), DuplicateKind.BOILERPLATE, x.similarity(), x.otherArticle(),
                        x.otherFile(), x.otherStart(), x.otherEnd());
            }
            out.add(new Match(x, f.match.passage(), f.match.otherPassage(), f.match.sharedWords(), template ? copies.size() : 0));
        }
        out.sort(Comparator.comparingInt((Match m) -> m.duplicate().start()).thenComparingInt(m -> m.duplicate().end())
                .thenComparing(m -> m.duplicate().otherFile()).thenComparingInt(m -> m.duplicate().otherStart()));
        return out;
    }

    private static boolean sameGroup(String a, String b) {
        return a != null && Objects.equals(a, b);
    }
}

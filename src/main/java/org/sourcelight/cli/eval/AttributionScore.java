package org.sourcelight.cli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 of predicted spans against gold spans (definitions in docs/evaluation.md, section
 * "attribution"). Spans are matched one to one: candidate pairs are taken largest overlap first, each gold and each
 * predicted span used once. <em>Overlap</em>: the two share at least one character. <em>Exact</em>: the same text
 * once white space, quotation marks and {@code . , ; :} are trimmed from both ends. Mutable tally; not thread-safe.
 */
public final class AttributionScore {
    /** A gold or predicted span in the original text; {@code tag} says what it belongs to, for the report. */
    public record Item(Brat.Spans spans, String tag) {}

    /** Counts for one kind of span. */
    public static final class Counts {
        public int gold, predicted, overlapTp, exactTp, overlapGoldHit;

        public double precision() { return predicted == 0 ? 0 : (double) overlapTp / predicted; }

        public double recall() { return gold == 0 ? 0 : (double) overlapGoldHit / gold; }

        public double f1() { return f(precision(), recall()); }

        public double exactPrecision() { return predicted == 0 ? 0 : (double) exactTp / predicted; }

        public double exactRecall() { return gold == 0 ? 0 : (double) exactTp / gold; }

        public double exactF1() { return f(exactPrecision(), exactRecall()); }

        private static double f(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** The outcome of matching one article's spans of one kind. */
    public record Matching(List<Item> missed, List<Item> falsePositives, boolean[] goldHit, int[] goldToPred) {}

    public final Map<String, Counts> counts = new LinkedHashMap<>();

    public Counts of(String kind) { return counts.computeIfAbsent(kind, k -> new Counts()); }

    /** Matches and tallies one article's spans of one kind ("cue", "source", "content"). */
    public Matching add(String kind, String text, List<Item> gold, List<Item> predicted) {
        gold = distinct(gold);
        predicted = distinct(predicted);
        Counts c = of(kind);
        c.gold += gold.size();
        c.predicted += predicted.size();
        record Pair(int g, int p, int overlap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int o = overlap(gold.get(g).spans(), predicted.get(p).spans());
                if (o > 0) pairs.add(new Pair(g, p, o));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] gUsed = new boolean[gold.size()], pUsed = new boolean[predicted.size()];
        int[] goldToPred = new int[gold.size()];
        java.util.Arrays.fill(goldToPred, -1);
        for (Pair x : pairs) {
            if (gUsed[x.g()] || pUsed[x.p()]) continue;
            gUsed[x.g()] = true;
            pUsed[x.p()] = true;
            goldToPred[x.g()] = x.p();
            c.overlapTp++;
            c.overlapGoldHit++;
            if (trimmed(text, gold.get(x.g()).spans()).equals(trimmed(text, predicted.get(x.p()).spans()))) c.exactTp++;
        }
        List<Item> missed = new ArrayList<>(), fps = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) if (!gUsed[g]) missed.add(gold.get(g));
        for (int p = 0; p < predicted.size(); p++) if (!pUsed[p]) fps.add(predicted.get(p));
        return new Matching(missed, fps, gUsed, goldToPred);
    }

    /** Identical spans count once (two attributions sharing one speaker phrase). */
    static List<Item> distinct(List<Item> items) {
        Map<List<Brat.Frag>, Item> m = new LinkedHashMap<>();
        for (Item i : items) m.putIfAbsent(i.spans().frags(), i);
        return new ArrayList<>(m.values());
    }

    static int overlap(Brat.Spans a, Brat.Spans b) {
        int n = 0;
        for (Brat.Frag x : a.frags()) for (Brat.Frag y : b.frags()) n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
        return n;
    }

    static String trimmed(String text, Brat.Spans s) {
        String t = s.text(text).replace("''", "\"");
        int a = 0, b = t.length();
        while (a < b && trimmable(t.charAt(a))) a++;
        while (b > a && trimmable(t.charAt(b - 1))) b--;
        return t.substring(a, b).toLowerCase(Locale.ROOT);
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018'
                || c == '\u2019' || c == '.' || c == ',' || c == ';' || c == ':';
    }
}

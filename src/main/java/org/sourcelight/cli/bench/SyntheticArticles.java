package org.sourcelight.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic news articles for the duplicates benchmark. Words come from a made-up vocabulary with a
 * Zipf distribution (so common phrases recur across articles, as in real news) mixed with English function words;
 * each article has a title, 8–13 paragraphs (about 4 KB, like the samples) and its outlet's footer (boilerplate shared by every article of the
 * outlet). About one article in ten reuses a paragraph of an earlier article: word for word, or edited (one word
 * changed per sentence, one clause moved to the front, straight quotes turned curly). Any article can be rebuilt
 * from its number alone, so a library of any size needs no storage for its text.
 */
public final class SyntheticArticles {
    /** Article {@code article} reuses {@code paragraph}, taken from {@code source}; exact or edited. */
    public record Injection(long source, boolean exact, String paragraph) {}

    /** One article: its text, outlet, and the reused paragraph if any. */
    public record Article(long id, String outlet, String text, Injection injection) {}

    private static final String[] FUNCTION = {"the", "the", "the", "of", "and", "to", "in", "a", "that", "on", "for",
            "with", "as", "by", "was", "is", "it", "from", "at", "has", "have", "been", "its", "their", "which", "after"};
    private static final int OUTLETS = 40;
    private static final double REUSE = 0.10;

    private final long seed;
    private final String[] vocabulary;
    private final double[] cumulative;

    public SyntheticArticles(long seed, int vocabularySize) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        String[] syllables = {"ka", "ro", "ve", "li", "man", "tor", "sa", "de", "qui", "bel", "nor", "ta", "mi", "zan",
                "po", "ler", "vin", "shi", "gar", "tu", "ess", "al", "ri", "con", "dra", "fe", "lo", "pen", "ur", "wy"};
        java.util.Set<String> seen = new java.util.HashSet<>();
        vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; ) {
            StringBuilder w = new StringBuilder();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) w.append(syllables[r.nextInt(syllables.length)]);
            if (seen.add(w.toString())) vocabulary[i++] = w.toString();
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int i = 0; i < vocabularySize; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < vocabularySize; i++) cumulative[i] /= sum;
    }

    public Article article(long id) {
        SplittableRandom r = random(id, 0);
        String outlet = "Outlet " + (char) ('A' + (int) (id % OUTLETS) % 26) + (id % OUTLETS) + " News";
        List<String> paragraphs = originals(id);
        Injection injection = null;
        if (id >= 10 && r.nextDouble() < REUSE) {
            long source = r.nextLong(id);
            List<String> theirs = originals(source);
            String p = theirs.get(r.nextInt(theirs.size()));
            boolean exact = r.nextBoolean();
            String used = exact ? p : edit(p, r);
            injection = new Injection(source, exact, used);
            paragraphs.add(1 + r.nextInt(paragraphs.size() - 1), used);
        }
        StringBuilder text = new StringBuilder();
        text.append(capitalize(words(random(id, 1), 5 + (int) (id % 5)))).append("\n\n");
        for (String p : paragraphs) text.append(p).append("\n\n");
        text.append("Follow us on ").append(outlet).append(" for more world news, analysis and opinion from our correspondents every day.");
        return new Article(id, outlet, text.toString(), injection);
    }

    /** The article's own paragraphs (before any reuse). */
    private List<String> originals(long id) {
        SplittableRandom r = random(id, 2);
        int n = 8 + r.nextInt(6);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            StringBuilder para = new StringBuilder();
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) para.append(' ');
                String body = words(r, 10 + r.nextInt(19));
                if (r.nextInt(6) == 0) {
                    int cut = body.indexOf(' ', body.length() / 2);
                    if (cut > 0) body = body.substring(0, cut) + " \"" + body.substring(cut + 1) + "\"";
                }
                para.append(capitalize(body)).append(r.nextInt(4) == 0 ? ", officials said." : ".");
            }
            out.add(para.toString());
        }
        return out;
    }

    /** One word changed per sentence, the first sentence's second half moved to the front, quotes made curly. */
    private String edit(String paragraph, SplittableRandom r) {
        String[] sentences = paragraph.split("(?<=\\.) ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i].substring(0, sentences[i].length() - 1);
            String[] w = s.split(" ");
            int k = 1 + r.nextInt(Math.max(1, w.length - 1));
            if (k < w.length) w[k] = vocabulary[r.nextInt(vocabulary.length)];
            s = String.join(" ", w);
            if (i == 0) {
                int cut = s.indexOf(' ', s.length() / 2);
                if (cut > 0) s = capitalize(s.substring(cut + 1)) + ", " + Character.toLowerCase(s.charAt(0)) + s.substring(1, cut);
            }
            if (i > 0) out.append(' ');
            out.append(s).append('.');
        }
        return out.toString().replaceFirst("\"", "\u201c").replaceFirst("\"", "\u201d");
    }

    private String words(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            b.append(r.nextInt(100) < 42 ? FUNCTION[r.nextInt(FUNCTION.length)] : zipf(r));
        }
        return b.toString();
    }

    private String zipf(SplittableRandom r) {
        double x = r.nextDouble();
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return vocabulary[lo];
    }

    private SplittableRandom random(long id, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id * 31 + stream);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.sourcelight.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval extraction}: imports each test page's {@code source.html} as the reader would and compares the article
 * body with {@code expected.html} (token precision, recall, F1) and the metadata with {@code expected-metadata.json}
 * (title, byline, date, site name agreement). Definitions are in docs/evaluation.md, section "extraction".
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score HTML article extraction against pages with a known article text and metadata",
                "(the Readability test pages: DIR/*/source.html, expected.html, expected-metadata.json)."})
public final class ExtractionEval implements Callable<Integer> {
    @Option(names = "--pages", paramLabel = "DIR",
            description = "folder of test pages (default: the readability corpus under .cache/corpora)")
    Path pages;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the per-page figures to FILE (tab-separated)")
    Path report;

    /** Token counts of one page. */
    public record PageScore(String page, boolean failed, String error, int extracted, int expected, int overlap,
                            Boolean title, Boolean byline, Boolean date, Boolean site) {
        public double precision() { return extracted == 0 ? 0 : (double) overlap / extracted; }

        public double recall() { return expected == 0 ? 0 : (double) overlap / expected; }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Override
    public Integer call() throws IOException {
        Path dir = pages != null ? pages : Corpora.find("readability/test/test-pages").orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("sourcelight: no test pages found; fetch the Readability test pages into "
                    + Corpora.root().resolve("readability/test/test-pages") + " or give --pages DIR");
            return 2;
        }
        long t0 = System.nanoTime();
        List<PageScore> scores = score(dir, ArticleImporter.standard());
        double seconds = (System.nanoTime() - t0) / 1e9;
        print(scores, System.out);
        System.out.printf(Locale.ROOT, "time: %.1f s for %d pages (cold, one pass)%n", seconds, scores.size());
        if (report != null) writeReport(scores, report);
        return 0;
    }

    /** Scores every page folder under {@code dir} (sorted by name) with the given importer. */
    public static List<PageScore> score(Path dir, ArticleImporter importer) throws IOException {
        List<Path> folders;
        try (var s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<PageScore> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : folders) {
            String name = f.getFileName().toString();
            List<String> expected = tokens(Jsoup.parse(Files.readString(f.resolve("expected.html"), StandardCharsets.UTF_8)).text());
            JsonNode md = Files.isRegularFile(f.resolve("expected-metadata.json"))
                    ? json.readTree(f.resolve("expected-metadata.json").toFile()) : json.createObjectNode();
            ImportedArticle a;
            try {
                a = importer.importFile(f.resolve("source.html"));
            } catch (ImportException | RuntimeException e) {
                out.add(new PageScore(name, true, e.getMessage(), 0, expected.size(), 0, null, null, null, null));
                continue;
            }
            List<String> got = tokens(body(a));
            ArticleMeta m = a.meta();
            out.add(new PageScore(name, false, null, got.size(), expected.size(), overlap(got, expected),
                    titleAgrees(text(md, "title"), m.title()),
                    agree(text(md, "byline"), m.byline(), ExtractionEval::foldByline),
                    agree(text(md, "publishedTime"), m.published(), ExtractionEval::day),
                    agree(text(md, "siteName"), m.siteName(), ExtractionEval::fold)));
        }
        return out;
    }

    /** The article text the importer kept, without the title block (the title is compared as metadata). */
    public static String body(ImportedArticle a) {
        String[] paragraphs = a.originalText().split("\n\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            if (a.blockHints().get(i) == BlockKind.TITLE) continue;
            b.append(paragraphs[i]).append('\n');
        }
        return b.toString();
    }

    /**
     * Words as compared: maximal runs of letters and digits, lower-cased after Unicode compatibility folding; each
     * CJK ideograph, kana or Hangul syllable is a token of its own (those scripts do not put spaces between words).
     */
    public static List<String> tokens(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            int cp = t.codePointAt(i);
            int len = Character.charCount(cp);
            if (isSyllabic(cp)) {
                out.add(t.substring(i, i + len));
                i += len;
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                i += len;
                continue;
            }
            int start = i;
            while (i < n) {
                int c = t.codePointAt(i);
                if (!(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) || isSyllabic(c)) break;
                i += Character.charCount(c);
            }
            out.add(t.substring(start, i));
        }
        return out;
    }

    private static boolean isSyllabic(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }

    /** Size of the multiset intersection of two token lists. */
    static int overlap(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : b) counts.merge(t, 1, Integer::sum);
        int n = 0;
        for (String t : a) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                n++;
                counts.put(t, c - 1);
            }
        }
        return n;
    }

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s+[|\u2013\u2014\u00B7\u00BB:\\-/_]+\\s*|_");
    private static final java.util.Set<String> BY = java.util.Set.of("by", "par", "von", "por", "door", "di", "av");

    /**
     * Titles agree when equal after folding, or when the expected title is the importer's with one more part set off by
     * a separator at its end or start ("Headline | Site", "Site - Headline"): the site is reported on its own.
     */
    static Boolean titleAgrees(String expected, String got) {
        Boolean plain = agree(expected, got, ExtractionEval::fold);
        if (plain == null || plain) return plain;
        String g = fold(got);
        if (g.isEmpty()) return false;
        java.util.regex.Matcher m = SEPARATOR.matcher(expected);
        int firstEnd = -1, lastStart = -1;
        while (m.find()) {
            if (firstEnd < 0) firstEnd = m.end();
            lastStart = m.start();
        }
        if (lastStart < 0) return false;
        return fold(expected.substring(0, lastStart)).equals(g) || fold(expected.substring(firstEnd)).equals(g);
    }

    /** Folded, without a leading "By" (the importer drops it: the byline is shown as "By …"). */
    static String foldByline(String s) {
        List<String> t = tokens(s);
        if (!t.isEmpty() && BY.contains(t.get(0))) t = t.subList(1, t.size());
        return String.join(" ", t);
    }

    /** Null when the page states no expected value; else whether the folded values are equal. */
    static Boolean agree(String expected, String got, Function<String, String> norm) {
        if (expected == null || expected.isBlank()) return null;
        return got != null && norm.apply(expected).equals(norm.apply(got));
    }

    /** Case, accents' compatibility forms, punctuation and white space folded: "It’s  a Title!" = "it s a title". */
    static String fold(String s) {
        return String.join(" ", tokens(s));
    }

    /** The calendar day of an ISO 8601 date-time ("2015-07-24T05:36:09+01:00" → "2015-07-24"), as written. */
    static String day(String s) {
        String t = s.strip();
        return t.length() >= 10 ? t.substring(0, 10) : t;
    }

    private static String text(JsonNode md, String field) {
        JsonNode v = md.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The overall figures, then the failing and weak pages. */
    public static void print(List<PageScore> scores, PrintStream out) {
        int pages = scores.size();
        long overlap = 0, extracted = 0, expected = 0;
        double f1Sum = 0, pSum = 0, rSum = 0;
        List<String> failed = new ArrayList<>();
        List<String> below05 = new ArrayList<>();
        List<String> below08 = new ArrayList<>();
        for (PageScore s : scores) {
            overlap += s.overlap();
            extracted += s.extracted();
            expected += s.expected();
            f1Sum += s.f1();
            pSum += s.precision();
            rSum += s.recall();
            String line = String.format(Locale.ROOT, "%s (P %.2f R %.2f F1 %.2f)", s.page(), s.precision(), s.recall(), s.f1());
            if (s.failed()) failed.add(s.page() + ": " + s.error());
            else if (s.f1() < 0.5) below05.add(line);
            else if (s.f1() < 0.8) below08.add(line);
        }
        double mp = extracted == 0 ? 0 : (double) overlap / extracted;
        double mr = expected == 0 ? 0 : (double) overlap / expected;
        double mf = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
        out.printf(Locale.ROOT, "pages: %d, failed: %d, F1 below 0.5: %d, F1 0.5-0.8: %d%n", pages, failed.size(), below05.size(), below08.size());
        out.printf(Locale.ROOT, "body tokens, mean over pages: P %.3f  R %.3f  F1 %.3f%n", pSum / pages, rSum / pages, f1Sum / pages);
        out.printf(Locale.ROOT, "body tokens, all pages pooled: P %.3f  R %.3f  F1 %.3f%n", mp, mr, mf);
        out.println(agreement("title", scores, PageScore::title));
        out.println(agreement("byline", scores, PageScore::byline));
        out.println(agreement("date", scores, PageScore::date));
        out.println(agreement("site name", scores, PageScore::site));
        if (!failed.isEmpty()) out.println("failed: " + String.join("; ", failed));
        if (!below05.isEmpty()) out.println("F1 below 0.5: " + String.join(", ", below05));
        if (!below08.isEmpty()) out.println("F1 0.5-0.8: " + String.join(", ", below08));
    }

    private static String agreement(String what, List<PageScore> scores, Function<PageScore, Boolean> field) {
        int n = 0, ok = 0;
        for (PageScore s : scores) {
            Boolean b = field.apply(s);
            if (b == null) continue;
            n++;
            if (b) ok++;
        }
        return String.format(Locale.ROOT, "%s agreement: %.3f (%d of %d pages that state one)", what, n == 0 ? 0 : (double) ok / n, ok, n);
    }

    private static void writeReport(List<PageScore> scores, Path file) throws IOException {
        StringBuilder b = new StringBuilder("page\tfailed\tprecision\trecall\tf1\textracted_tokens\texpected_tokens\ttitle\tbyline\tdate\tsite\n");
        for (PageScore s : scores) {
            b.append(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\t%d\t%d\t%s\t%s\t%s\t%s%n", s.page(), s.failed(),
                    s.precision(), s.recall(), s.f1(), s.extracted(), s.expected(), mark(s.title()), mark(s.byline()),
                    mark(s.date()), mark(s.site())));
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String mark(Boolean b) { return b == null ? "-" : b ? "yes" : "no"; }
}

package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;

/** The terminal report on the five samples, analysed together with the real analysers. */
class TextReportTest {
    private static String report() {
        List<DuplicateFinder.Named> docs = new ArrayList<>();
        for (String s : Samples.ALL) {
            docs.add(new DuplicateFinder.Named(s, s, DocumentBuilder.standard().build(Samples.text(s), ArticleMeta.empty())));
        }
        List<ArticleAnalysis> analyses = Pipeline.standard().analyzeAll(docs);
        List<JsonReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) entries.add(new JsonReport.Entry(Samples.ALL.get(i), analyses.get(i)));
        StringWriter out = new StringWriter();
        new TextReport().write(entries, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void plainWordsNoOffsetsNoEmptyCuesNoWordCutInTwo() {
        String r = report();
        assertFalse(r.matches("(?s).*@\\d+.*"), "no raw offsets");
        assertFalse(r.contains("via \"\""), "no empty cue");
        for (String code : List.of("no-attribution", "agentless-accusation", "loaded-language", "scare-quotes", "vague-attribution",
                "[named]", "[organization]")) {
            assertFalse(r.contains(code), "internal code " + code);
        }
        for (String line : r.split("\n")) {
            int ell = line.indexOf('…');
            if (ell > 0) assertEquals(' ', line.charAt(ell - 1), "shortened at a word boundary: " + line);
        }
    }

    @Test
    void aSummaryPerArticleAndForTheRun() {
        String r = report();
        assertEquals(5, r.split("\nIn short: ", -1).length - 1 + (r.startsWith("In short: ") ? 1 : 0), r);
        assertTrue(r.contains("== All 5 articles: "), r);
        assertTrue(r.contains("In short: "), r);
        assertFalse(r.contains(" 1 sources") || r.contains(" 1 outlets") || r.contains(" 1 mentions"), "plurals");
    }

    @Test
    void theRunTotalCountsAnOutletCitedByTwoArticlesOnce() {
        List<DuplicateFinder.Named> docs = new ArrayList<>();
        for (String s : Samples.ALL) {
            docs.add(new DuplicateFinder.Named(s, s, DocumentBuilder.standard().build(Samples.text(s), ArticleMeta.empty())));
        }
        java.util.Set<String> union = new java.util.HashSet<>();
        int sum = 0;
        for (ArticleAnalysis a : Pipeline.standard().analyzeAll(docs)) {
            union.addAll(a.outletsCitedKeys());
            sum += a.distinctOutletsCited();
        }
        assertTrue(union.size() < sum, "the samples cite some outlet in more than one article: " + union + " vs " + sum);
        String total = report().lines().filter(l -> l.startsWith("== All 5 articles: ")).findFirst().orElseThrow();
        assertTrue(total.contains(", " + union.size() + " outlet"), total + " should count " + union);
    }

    @Test
    void theSharedFooterIsOneLinePerArticle() {
        String r = report();
        for (String article : r.split("\n== ")) {
            if (!article.contains("Recycled and repeated passages")) continue;
            long footers = article.lines().filter(l -> l.startsWith("  - Site footer")).count();
            assertTrue(footers <= 1, "footer listed once: " + article);
        }
        assertTrue(r.contains("  - Site footer"), "the Press TV footer is shared by several samples:\n" + r);
    }
}

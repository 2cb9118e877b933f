package org.sourcelight.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.text.TextDocument;

/**
 * Fuzz target: HTML pages through extraction and analysis, small and large. The fuzzer's bytes choose a fragment
 * that is repeated up to 5,000 times (deep nesting, unclosed tags, long runs) around a page body, so that inputs
 * of a few bytes reach hundreds of kilobytes of HTML. A refusal is fine; any other exception or broken offset is a
 * finding. Every page is imported and built into a document; the analysers run on documents of at most
 * {@value #MAX_ANALYSED} characters (a long text is the text target's and {@code bench hostile}'s to analyse), so that
 * each input takes milliseconds, not seconds, and a run gets through many of them.
 */
class HtmlImportFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    /** Longest extracted text analysed here. */
    static final int MAX_ANALYSED = 20_000;

    @FuzzTest(maxDuration = "10m")
    void htmlPage(FuzzedDataProvider data) {
        int repeats = data.consumeInt(0, 5_000);
        String fragment = data.consumeString(24);
        String closing = data.consumeBoolean() ? data.consumeString(24) : "";
        byte[] body = data.consumeRemainingAsBytes();
        String page = "<html><head><title>t</title></head><body>" + fragment.repeat(repeats)
                + new String(body, StandardCharsets.UTF_8) + closing.repeat(repeats) + "</body></html>";
        run(page.getBytes(StandardCharsets.UTF_8));
        run(body); // the raw bytes too, as a page of their own
    }

    private static void run(byte[] bytes) {
        ImportedArticle a;
        try {
            a = ArticleImporter.standard().importBytes(bytes, "fuzz.html", "text/html");
        } catch (ImportException refused) {
            return;
        }
        TextDocument doc = PIPELINE.builder().build(a.originalText(), a.meta(), a.blockHints());
        FuzzChecks.check(doc);
        if (doc.text().length() > MAX_ANALYSED) return;
        ArticleAnalysis r = PIPELINE.analyze(doc);
        FuzzChecks.check(r);
    }
}

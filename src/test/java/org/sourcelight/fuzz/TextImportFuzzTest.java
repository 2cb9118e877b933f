package org.sourcelight.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.text.TextDocument;

/**
 * Fuzz target: any bytes as a plain-text article, through import, document building and every analyser. A refusal
 * ({@link ImportException}, one plain line) is fine; any other exception or a broken offset is a finding. Saved inputs
 * ({@code TextImportFuzzTestInputs/}) run in every build; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class TextImportFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @FuzzTest(maxDuration = "10m")
    void textFile(byte[] data) {
        ImportedArticle a;
        try {
            a = ArticleImporter.standard().importBytes(data, "fuzz.txt", null);
        } catch (ImportException refused) {
            return;
        }
        TextDocument doc = PIPELINE.builder().build(a.originalText(), a.meta(), a.blockHints());
        ArticleAnalysis r = PIPELINE.analyze(doc);
        FuzzChecks.check(r);
    }
}

package org.sourcelight.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.testsupport.CorpusAssumptions;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * The whole import + analysis pipeline over every PolNeAR train/dev article and every Readability test page:
 * no article may throw. Skips when the development corpora are absent (CI has none).
 */
class CorpusRobustnessTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<String> runAll(List<Path> files) {
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                ImportedArticle a = ArticleImporter.standard().importFile(f);
                TextDocument doc = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
                ArticleAnalysis r = PIPELINE.analyze(doc);
                assertEquals(doc.text(), r.document().text());
                // the pipeline isolates a failing step as a problem line: that is still a crash to fix
                if (!r.problems().isEmpty()) failures.add(f + ": " + r.problems());
            } catch (ImportException e) {
                // a refused file gets one clear line (e.g. a page with no article text): not a crash
                System.out.println("refused: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                StringBuilder where = new StringBuilder();
                StackTraceElement[] st = e.getStackTrace();
                for (int i = 0; i < Math.min(4, st.length); i++) where.append(" at ").append(st[i]);
                failures.add(f + ": " + e + where);
            }
        }
        return failures;
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
    }

    @Test
    void everyPolnearTrainAndDevArticleIsAnalysedWithoutAnException() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(list(CorpusAssumptions.require("polnear/data/train/text"), ".*\\.txt"));
        files.addAll(list(CorpusAssumptions.require("polnear/data/dev/text"), ".*\\.txt"));
        assertTrue(files.size() > 900, "PolNeAR train+dev should hold over 900 articles, found " + files.size());
        List<String> failures = runAll(files);
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " articles failed");
    }

    @Test
    void everyReadabilityTestPageIsAnalysedWithoutAnException() throws IOException {
        List<Path> files = list(CorpusAssumptions.require("readability/test/test-pages"), "source\\.html");
        assertTrue(files.size() > 100, "Readability should hold over 100 test pages, found " + files.size());
        List<String> failures = runAll(files);
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " pages failed");
    }
}

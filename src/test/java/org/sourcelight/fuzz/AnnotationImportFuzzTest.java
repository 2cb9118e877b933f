package org.sourcelight.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.report.AnnotationExchange;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;

/**
 * Fuzz target: any text as a W3C Web Annotation file imported into a library holding one sample article. The import
 * saves what it can and lists what it skipped, with reasons; an exception or a stored annotation outside its
 * article's text is a finding.
 */
class AnnotationImportFuzzTest {
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final Database DB = Database.inMemory();
    private static final long ARTICLE;
    private static final int LENGTH;

    static {
        try {
            Path sample = Path.of(System.getProperty("sourcelight.samples", "samples"), "004_998be1bf658dc753.txt");
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            ARTICLE = new ArticleRepository(DB).add("Syria wants US troops to leave", text, Map.of(),
                    new ArticleMeta(null, null, null, "https://www.rudaw.net/english/middleeast/syria/syria-troops", "Rudaw", null)).id();
            LENGTH = org.sourcelight.text.Normalizer.normalize(text).text().length();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void webAnnotationFile(byte[] data) {
        String json = new String(data, StandardCharsets.UTF_8);
        AnnotationExchange.ImportReport r = new AnnotationExchange(DB).importJson(json, NOW);
        FuzzChecks.require(r.summary() != null, "no summary");
        AnnotationRepository repo = new AnnotationRepository(DB);
        for (var a : repo.forArticle(ARTICLE)) {
            FuzzChecks.require(0 <= a.anchor().start() && a.anchor().start() <= a.anchor().end() && a.anchor().end() <= LENGTH,
                    "annotation outside its article: " + a.anchor());
            repo.delete(a.uuid()); // each input starts from an empty set of notes
        }
    }
}

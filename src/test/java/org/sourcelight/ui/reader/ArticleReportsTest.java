package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.panel.LoadedArticle;

class ArticleReportsTest {
    @TempDir Path dir;

    @Test
    void reportCarriesTheArticleItsFindingsAndTheReadersNotes() throws Exception {
        try (Database db = Database.inMemory()) {
            LibraryService lib = LibraryService.standard(db);
            long id = lib.importFile(Samples.path(Samples.S002)).id();
            var analysis = lib.analyze(id).orElseThrow();
            String text = analysis.document().text();
            int s = text.indexOf("The US military trains");
            new AnnotationRepository(db).save(Annotation.create(id, text, s, s + 22, AnnotationColour.ORANGE,
                    "Who says so? <check>", List.of("claim"), java.time.Instant.now()));
            Path out = dir.resolve("report.html");
            ArticleReports.write(new org.sourcelight.store.AnnotationRepository(db), new LoadedArticle(id, analysis), out);
            String html = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(html.contains("<h1>Russian envoy: US occupation must leave Syria, their presence threatens stability in region</h1>"));
            assertTrue(html.contains("My notes (1)"));
            assertTrue(html.contains("Who says so? &lt;check&gt;"), "notes are escaped");
            assertTrue(html.contains("Tags: claim"));
            assertTrue(html.contains("Sentences to question (" + analysis.assertions().size() + ")"));
            assertTrue(html.contains("Mikhail Bogdanov"));
            assertFalse(html.contains("<script"));
            assertFalse(Files.exists(dir.resolve("report.html.part")));
        }
    }
}

package org.sourcelight.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.analysis.AnalysisStep;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.ResultKey;
import org.sourcelight.analysis.StepResults;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.store.Database;
import org.sourcelight.text.TextDocument;

class LibraryServiceBatchTest {
    private static List<Path> samples() {
        List<Path> files = new ArrayList<>();
        for (String s : Samples.ALL) files.add(Samples.path(s));
        return files;
    }

    @Test
    void aBatchImportStoresEveryFileInOrderAndReportsProgress(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>(samples());
        files.add(2, Files.writeString(dir.resolve("empty.txt"), ""));
        files.add(samples().get(0)); // the same text again: already there
        try (Database db = Database.inMemory()) {
            LibraryService lib = new LibraryService(db, ArticleImporter.standard(), Pipeline.standard());
            List<Integer> seen = new ArrayList<>();
            LibraryService.BatchImport r = lib.importFiles(files, (done, total, f) -> {
                assertEquals(files.size(), total);
                assertEquals(files.get(done - 1), f);
                seen.add(done);
            }, Cancellation.none());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), seen);
            assertEquals(5, r.added());
            assertEquals(1, r.existed());
            assertEquals(1, r.errors().size());
            assertTrue(r.errors().get(0).contains("empty.txt"), r.errors().get(0));
            assertEquals(5, lib.articles().count());
            // the counts cached during the batch equal those of a fresh analysis
            for (long id : lib.articles().ids()) {
                var a = lib.analyze(id).orElseThrow();
                assertTrue(a.problems().isEmpty());
            }
            // stored in file order: ids follow the files
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), lib.articles().ids());
            assertEquals(Samples.doc(Samples.S000).title(), lib.find(1).orElseThrow().title());
        }
    }

    @Test
    void aBatchImportCachesTheSameCountsAsImportingOneByOne() throws Exception {
        List<Path> files = new ArrayList<>(samples());
        files.addAll(samples().subList(0, 2));
        try (Database a = Database.inMemory(); Database b = Database.inMemory()) {
            LibraryService batch = new LibraryService(a, ArticleImporter.standard(), Pipeline.standard());
            batch.importFiles(files, (d, t, f) -> { }, Cancellation.none());
            LibraryService single = new LibraryService(b, ArticleImporter.standard(), Pipeline.standard());
            for (Path f : files) single.importFile(f);
            assertEquals(single.list("").toString().replaceAll("importedAt=[^,]*,", ""),
                    batch.list("").toString().replaceAll("importedAt=[^,]*,", ""));
        }
    }

    @Test
    void aCancelledImportKeepsWhatWasStoredAndSaysSo() {
        try (Database db = Database.inMemory()) {
            LibraryService lib = new LibraryService(db, ArticleImporter.standard(), Pipeline.standard());
            Cancellation c = Cancellation.none();
            LibraryService.BatchImport r = lib.importFiles(samples(), (done, total, f) -> { if (done == 2) c.cancel(); }, c);
            assertTrue(r.cancelled());
            assertEquals(2, r.added());
            assertEquals(2, lib.articles().count());
        }
    }

    @Test
    void anArticleOverItsBudgetIsAClearErrorInTheReader() {
        AnalysisStep<String> slow = new AnalysisStep<>() {
            final ResultKey<String> key = new ResultKey<>("probe", String.class, "Probe", "");
            @Override public ResultKey<String> produces() { return key; }
            @Override public List<ResultKey<?>> reads() { return List.of(); }
            @Override public String run(TextDocument doc, StepResults earlier) {
                if (doc.text().contains("Zakharova")) {
                    long end = System.nanoTime() + 30_000_000_000L;
                    while (System.nanoTime() < end) Thread.onSpinWait();
                }
                return "";
            }
        };
        List<AnalysisStep<?>> steps = new ArrayList<>(Pipeline.standard().steps());
        steps.add(0, slow);
        try (Database db = Database.inMemory()) {
            LibraryService lib = new LibraryService(db, ArticleImporter.standard(), new Pipeline(Pipeline.standard().builder(), steps));
            lib.setBudget(Duration.ofMillis(800));
            LibraryService.BatchImport r = lib.importFiles(samples(), (d, t, f) -> { }, Cancellation.none());
            assertEquals(4, r.added());
            assertEquals(1, r.errors().size());
            assertTrue(r.errors().get(0).endsWith("took too long to analyse (a very long or malformed file can do this)"), r.errors().get(0));
        }
    }
}

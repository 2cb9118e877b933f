package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.Normalizer;

/** A saved annotation survives the process dying; a failed save says why in words and changes nothing. */
class AnnotationDurabilityTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"halt", "wait"})
    void annotationSavedThenProcessKilledIsThereAfterRestart(String how) throws Exception {
        Path file = dir.resolve("crash-" + how + ".db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveAnnotationChild.class.getName(), file.toString(), how)
                .redirectErrorStream(true).start();
        String uuid = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("SAVED ")) {
                    uuid = line.substring(6).strip();
                    break;
                }
            }
            if (how.equals("wait")) child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not end");
        } finally {
            child.destroyForcibly();
        }
        assertNotNull(uuid, "the child never reported its save");
        try (Database db = Database.open(file)) {
            Annotation a = new AnnotationRepository(db).find(uuid).orElseThrow();
            assertEquals("troops must leave", a.exact());
            assertEquals("saved just before the crash", a.note());
            assertEquals(List.of("crash"), a.tags());
            assertEquals(AnnotationColour.ORANGE, a.colour());
        }
    }

    private static Annotation sample(Database db) {
        String original = "Headline\n\nThe minister said the troops must leave at once.\n";
        long article = new ArticleRepository(db).add("Headline", original, Map.of(), ArticleMeta.empty()).id();
        String text = Normalizer.normalize(original).text();
        int i = text.indexOf("minister");
        return Annotation.create(article, text, i, i + 8, AnnotationColour.YELLOW, "x".repeat(20_000), List.of("t"),
                Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void saveToAReadOnlyLibrarySaysSoAndSavesNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("ro.db"))) {
            Annotation a = sample(db);
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA query_only = ON");
            }
            AnnotationRepository repo = new AnnotationRepository(db);
            StoreException e = assertThrows(StoreException.class, () -> repo.save(a));
            assertEquals("The library is read-only, so the change could not be saved.", e.getMessage());
            assertTrue(repo.all().isEmpty());
        }
    }

    @Test
    void saveToAFullDiskSaysSoAndSavesNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("full.db"))) {
            Annotation a = sample(db);
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                try (var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getInt(1));
                }
            }
            AnnotationRepository repo = new AnnotationRepository(db);
            StoreException e = assertThrows(StoreException.class, () -> repo.save(a));
            assertEquals("The disk is full, so the change could not be saved.", e.getMessage());
            assertTrue(repo.all().isEmpty());
        }
    }
}

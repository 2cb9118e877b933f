package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.testsupport.Tmpfs;
import org.sourcelight.text.Normalizer;

/** Faults the library meets on real machines give the real reason in plain words, and the right behaviour (issue 15). */
class DatabaseFaultsTest {
    @TempDir Path dir;

    private static long article(Database db) {
        return new ArticleRepository(db).add("Headline", "Headline\n\nThe minister said the troops must leave at once.\n",
                java.util.Map.of(), ArticleMeta.empty()).id();
    }

    private static Annotation note(long article, int size) {
        String text = Normalizer.normalize("Headline\n\nThe minister said the troops must leave at once.\n").text();
        int i = text.indexOf("minister");
        return Annotation.create(article, text, i, i + 8, AnnotationColour.YELLOW, "n".repeat(size), List.of("t"),
                Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void aFailedCleanupAfterTheDiskFilledDoesNotHideTheDiskFull() {
        // What SQLite does on SQLITE_FULL at commit: the transaction is already rolled back, so the rollback and the
        // return to autocommit both fail ("cannot commit - no transaction is active") and used to replace the reason.
        try (Database db = Database.inMemory()) {
            StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE scratch(x)");
                    s.execute("ROLLBACK");
                }
                throw new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)");
            }));
            assertEquals(StoreException.Reason.DISK_FULL, e.reason());
            assertEquals("The disk is full, so the change could not be saved.", e.getMessage());
            assertTrue(e.getCause().getMessage().contains("SQLITE_FULL"));
            assertTrue(e.getCause().getSuppressed().length >= 1, "the cleanup failures are kept as suppressed");
            // the connection is usable again, in autocommit
            assertEquals(1, (int) db.inTransaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    @Test
    void aRealFullDiskSaysTheDiskIsFullAndKeepsEverythingCommitted() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir, "1m")) {
            Path file = fs.dir().resolve("library.db");
            List<String> saved = new ArrayList<>();
            StoreException full = null;
            try (Database db = Database.open(file)) {
                AnnotationRepository repo = new AnnotationRepository(db);
                long a = article(db);
                for (int i = 0; i < 500 && full == null; i++) {
                    Annotation n = note(a, 16_000);
                    try {
                        repo.save(n);
                        saved.add(n.uuid());
                    } catch (StoreException e) {
                        full = e;
                    }
                }
                assertNotNull(full, "a 1 MB disk must fill up");
                assertEquals(StoreException.Reason.DISK_FULL, full.reason(), full.getMessage());
                assertEquals("The disk is full, so the change could not be saved.", full.getMessage());
                assertFalse(saved.isEmpty());
                // everything saved before is still there and readable
                for (String uuid : saved) assertTrue(repo.find(uuid).isPresent(), uuid);
            } catch (StoreException e) {
                // closing on a full disk may fail to checkpoint; what was committed is in the WAL and survives
                assertNotNull(full, e.getMessage());
            }
            // free the space: the library opens, is intact, and every committed note is present
            try (var s = Files.list(fs.dir())) {
                for (Path p : s.toList()) if (!p.getFileName().toString().startsWith("library.db")) Files.delete(p);
            }
            try (Database db = Database.open(file)) {
                AnnotationRepository repo = new AnnotationRepository(db);
                for (String uuid : saved) assertTrue(repo.find(uuid).isPresent(), uuid);
            }
        }
    }

    @Test
    void aLibraryInAReadOnlyFolderIsRefusedPlainlyButItsSettingsCanBeRead() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir, "2m")) {
            Path file = fs.dir().resolve("library.db");
            try (Database db = Database.open(file)) {
                new SettingsRepository(db).put("reader.font", "large");
            }
            fs.readOnly(true);
            try {
                StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
                assertEquals(StoreException.Reason.READ_ONLY, e.reason());
                assertFalse(e.getMessage().contains("SQLITE"), e.getMessage());
                assertTrue(e.getMessage().contains("cannot be written to"), e.getMessage());
                try (Database ro = Database.openForReading(file)) {
                    assertEquals("large", new SettingsRepository(ro).get("reader.font").orElseThrow());
                }
                StoreException none = assertThrows(StoreException.class, () -> Database.open(fs.dir().resolve("new.db")));
                assertFalse(none.getMessage().contains("SQLITE"), none.getMessage());
            } finally {
                fs.readOnly(false);
            }
        }
    }

    @Test
    void anExclusivelyLockedLibrarySaysSoAndToTryAgain() throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("CREATE TABLE held(x)");
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file, false, 100));
            assertEquals(StoreException.Reason.BUSY, e.reason());
            assertEquals("The library " + file + " is in use by another program, which has locked it. Close the other"
                    + " program (or another Sourcelight window), then try again.", e.getMessage());
            s.execute("ROLLBACK");
        }
        Database.open(file).close(); // and once the other lets go, it opens
    }

    @Test
    void aLibraryInAFolderThatDoesNotExistIsAnErrorAndNoFolderIsMade() {
        Path typo = dir.resolve("new").resolve("dir").resolve("typo.db");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(typo));
        assertEquals("The folder " + typo.getParent() + " does not exist, so there is no library " + typo
                + ". Check the path, or create the folder first to start a new library there.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("new")));
        StoreException r = assertThrows(StoreException.class, () -> Database.openForReading(typo));
        assertEquals("There is no library at " + typo + " (check the path).", r.getMessage());
        assertFalse(Files.exists(dir.resolve("new")));
        // the default location's folder is made when asked
        try (Database db = Database.openCreatingFolders(typo)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
    }

    @Test
    void readingALibraryCreatesNothingAndRefusesNonLibraries() throws IOException {
        Path missing = dir.resolve("missing.db");
        assertThrows(StoreException.class, () -> Database.openForReading(missing));
        assertFalse(Files.exists(missing));
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database at all, just words");
        StoreException e = assertThrows(StoreException.class, () -> Database.openForReading(text));
        assertTrue(e.getMessage().contains("not a Sourcelight library"), e.getMessage());
    }
}

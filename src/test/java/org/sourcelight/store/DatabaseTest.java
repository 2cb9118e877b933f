package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.model.ArticleMeta;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void migratesToTheLatestVersionAndReopens() {
        Path p = dir.resolve("lib.db");
        long id;
        try (Database db = Database.open(p)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
            ArticleRepository repo = new ArticleRepository(db);
            id = repo.add("T", Samples.text(Samples.S000), Map.of(), ArticleMeta.empty()).id();
        }
        try (Database db = Database.open(p)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
            assertEquals("T", new ArticleRepository(db).find(id).orElseThrow().title());
        }
    }

    @Test
    void sameTextTwiceIsTheSameArticle() {
        try (Database db = Database.inMemory()) {
            ArticleRepository repo = new ArticleRepository(db);
            String t = Samples.text(Samples.S001);
            ArticleRepository.Added a = repo.add("A", t, Map.of(), ArticleMeta.empty());
            ArticleRepository.Added b = repo.add("A", t.replace("\n", "\r\n") + "\n\n", Map.of(), ArticleMeta.empty());
            assertFalse(a.existed());
            assertTrue(b.existed());
            assertEquals(a.id(), b.id());
            assertEquals(1, repo.count());
        }
    }

    @Test
    void searchFindsByTitleAndText() {
        try (Database db = Database.inMemory()) {
            ArticleRepository repo = new ArticleRepository(db);
            long a = repo.add("Russian envoy", Samples.text(Samples.S002), Map.of(), ArticleMeta.empty()).id();
            long b = repo.add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(), ArticleMeta.empty()).id();
            assertEquals(1, repo.list("Bogdanov").size());
            assertEquals(a, repo.list("Bogdanov").get(0).id());
            assertEquals(b, repo.list("erbil kurdis").get(0).id());
            assertEquals(2, repo.list("").size());
            assertTrue(repo.delete(a));
            assertTrue(repo.list("Bogdanov").isEmpty());
        }
    }

    @Test
    void newerDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path p = dir.resolve("newer.db");
        try (Database db = Database.open(p); Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(p);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(p));
        assertTrue(e.getMessage().contains("newer version of Sourcelight"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void corruptFileIsReportedNeverOverwritten() throws Exception {
        Path p = dir.resolve("corrupt.db");
        byte[] junk = "this is not a database at all, just text\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(p, junk);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(p));
        assertTrue(e.getMessage().contains("not a Sourcelight library"), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(p));
    }

    @Test
    void damagedSqliteFileIsReported() throws Exception {
        Path p = dir.resolve("damaged.db");
        try (Database db = Database.open(p)) {
            new ArticleRepository(db).add("T", Samples.text(Samples.S000), Map.of(), ArticleMeta.empty());
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        byte[] bytes = Files.readAllBytes(p);
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) 0xA5; // keep the header, ruin the pages
        Files.write(p, bytes);
        byte[] before = Files.readAllBytes(p);
        assertThrows(StoreException.class, () -> Database.open(p));
        assertArrayEquals(before, Files.readAllBytes(p));
    }
}

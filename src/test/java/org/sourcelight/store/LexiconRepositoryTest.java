package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.analysis.assertions.Lexicons;

class LexiconRepositoryTest {
    @TempDir Path dir;

    private static boolean has(Lexicons l, String list, String term) {
        return l.terms(list).stream().anyMatch(t -> t.text().equalsIgnoreCase(term));
    }

    @Test
    void editsAreStoredInOrderAndSurviveReopening() {
        Path p = dir.resolve("lib.db");
        try (Database db = Database.open(p)) {
            LexiconRepository repo = new LexiconRepository(db);
            repo.save(List.of(LexiconEdit.added(Lexicons.LOADED_TERMS, "junta"),
                    LexiconEdit.removed(Lexicons.LOADED_TERMS, "regime")));
        }
        try (Database db = Database.open(p)) {
            LexiconRepository repo = new LexiconRepository(db);
            assertEquals(List.of(LexiconEdit.added(Lexicons.LOADED_TERMS, "junta"),
                    LexiconEdit.removed(Lexicons.LOADED_TERMS, "regime")), repo.edits());
            Lexicons l = repo.lexicons();
            assertTrue(has(l, Lexicons.LOADED_TERMS, "junta"));
            assertFalse(has(l, Lexicons.LOADED_TERMS, "regime"));
        }
    }

    @Test
    void onlyRealDifferencesFromTheShippedListsAreKept() {
        try (Database db = Database.inMemory()) {
            LexiconRepository repo = new LexiconRepository(db);
            repo.save(List.of(LexiconEdit.added(Lexicons.HEDGES, "Maybe"), LexiconEdit.removed(Lexicons.HEDGES, "perhaps")));
            repo.save(List.of(LexiconEdit.removed(Lexicons.HEDGES, "maybe"), LexiconEdit.added(Lexicons.HEDGES, "Perhaps")));
            assertTrue(repo.edits().isEmpty(), repo.edits().toString());
            assertEquals(Lexicons.standard(), repo.lexicons());
            repo.save(List.of(LexiconEdit.removed(Lexicons.HEDGES, "perhaps"), LexiconEdit.removed(Lexicons.HEDGES, "PERHAPS")));
            assertEquals(List.of(LexiconEdit.removed(Lexicons.HEDGES, "PERHAPS")), repo.edits());
            repo.reset(Lexicons.HEDGES);
            assertTrue(repo.edits().isEmpty());
        }
    }

    @Test
    void aFailingBatchStoresNothing() {
        try (Database db = Database.inMemory()) {
            LexiconRepository repo = new LexiconRepository(db);
            repo.save(List.of(LexiconEdit.added(Lexicons.HEDGES, "maybe")));
            db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TRIGGER no_junta BEFORE INSERT ON lexicon_term WHEN NEW.term = 'junta' "
                            + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
                }
                return null;
            });
            assertThrows(StoreException.class, () -> repo.save(List.of(LexiconEdit.added(Lexicons.LOADED_TERMS, "thug"),
                    LexiconEdit.added(Lexicons.LOADED_TERMS, "junta"))));
            assertEquals(List.of(LexiconEdit.added(Lexicons.HEDGES, "maybe")), repo.edits());
        }
    }
}

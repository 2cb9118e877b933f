package org.sourcelight.ui.notes;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Span;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.SyncTaskRunner;

/** A note saved when the disk is full: the reader is told so in plain words, and the note waits for Retry (issue 15). */
class NotesDiskFullTest {
    private static final String NOTE = "a long note".repeat(2_000);

    @Test
    void aFullDiskSaysSoAndTheNoteIsKeptUntilRetrySavesIt() throws Exception {
        try (Database db = Database.inMemory()) {
            AnnotationRepository repo = new AnnotationRepository(db);
            long article = new ArticleRepository(db).add("Syria wants US troops to leave", Samples.text(Samples.S004),
                    Map.of(), ArticleMeta.empty()).id();
            String text = Samples.doc(Samples.S004).text();
            NotesViewModel vm = new NotesViewModel(new org.sourcelight.library.NoteService(db), new SyncTaskRunner(), () -> Instant.parse("2024-05-01T10:00:00Z"));
            vm.open(article, text);
            try (Statement s = db.connection().createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                s.execute("PRAGMA max_page_count = " + rs.getInt(1)); // no room for one more page
            }
            int i = text.indexOf("act of aggression");
            Annotation a = vm.create(new Span(i, i + 17), AnnotationColour.ORANGE, NOTE, List.of());
            assertEquals(NotesViewModel.DISK_FULL, vm.errorProperty().get());
            assertTrue(vm.errorProperty().get().startsWith("The disk is full; your note was not saved and is kept for retry"));
            assertTrue(vm.isUnsaved(a));
            assertEquals(List.of(a), vm.annotations());
            assertTrue(repo.forArticle(article).isEmpty());
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = 1000000"); // space freed
            }
            vm.retry();
            assertNull(vm.errorProperty().get());
            assertTrue(NOTE.equals(repo.find(a.uuid()).orElseThrow().note()), "the note as written is saved");
        }
    }
}

package org.sourcelight.ui.notes;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Span;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.task.SyncTaskRunner;

class NotesViewModelTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private Database db;
    private AnnotationRepository repo;
    private NotesViewModel vm;
    private long article;
    private String text;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        repo = new AnnotationRepository(db);
        article = new ArticleRepository(db).add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(),
                ArticleMeta.empty()).id();
        text = Samples.doc(Samples.S004).text();
        vm = new NotesViewModel(new org.sourcelight.library.NoteService(db), new SyncTaskRunner(), () -> T0);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Span span(String quote) {
        int i = text.indexOf(quote);
        assertTrue(i >= 0, quote);
        return new Span(i, i + quote.length());
    }

    private void readOnly(boolean on) throws Exception {
        try (Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA query_only = " + (on ? "ON" : "OFF"));
        }
    }

    @Test
    void openListsInTextOrderWithOrphansLastAndSaysWhatMoved() {
        Span late = span("Rudaw English"), early = span("act of aggression");
        repo.save(Annotation.create(article, text, late.start(), late.end(), AnnotationColour.ORANGE, "", List.of(), T0));
        repo.save(Annotation.create(article, text, early.start(), early.end(), AnnotationColour.YELLOW, "", List.of(), T0));
        Span gone = span("50,442 square-kilometers");
        repo.save(Annotation.create(article, text, gone.start(), gone.end(), AnnotationColour.SKY_BLUE, "", List.of(), T0));
        String changed = "Update: corrected.\n\n" + text.replace("some 50,442 square-kilometers of", "much of");
        vm.open(article, changed);
        assertEquals(List.of("act of aggression", "Rudaw English", "50,442 square-kilometers"),
                vm.annotations().stream().map(Annotation::exact).toList());
        assertTrue(vm.annotations().get(2).orphan());
        assertEquals("2 notes were moved to follow changes in the text; 1 note's passage is no longer in the text"
                + " (listed at the end with its quote).", vm.statusProperty().get());
        // the orphan is not drawn; the others are, at their new places
        assertEquals(List.of(new Highlight(changed.indexOf("act of aggression"), changed.indexOf("act of aggression") + 17,
                        "note-yellow", "Yellow highlight"),
                new Highlight(changed.indexOf("Rudaw English"), changed.indexOf("Rudaw English") + 13, "note-orange",
                        "Orange highlight")), vm.highlights());
    }

    @Test
    void createFromSelectionTrimsSpacesSavesAndSelects() {
        vm.open(article, text);
        Span s = span(" act of aggression ");
        Annotation a = vm.create(s, AnnotationColour.REDDISH_PURPLE, "strong", List.of("loaded"));
        assertEquals("act of aggression", a.exact());
        assertEquals(s.start() + 1, a.start());
        Annotation stored = repo.forArticle(article).get(0);
        assertEquals(a.uuid(), stored.uuid());
        assertEquals(List.of("loaded"), stored.tags());
        assertEquals(stored, vm.annotations().get(0)); // the list now holds the saved version, with its id
        assertEquals(stored, vm.selectedProperty().get());
        assertEquals("strong", vm.editNoteProperty().get());
        assertNull(vm.errorProperty().get());
        assertTrue(vm.unsaved().isEmpty());
        assertEquals(List.of("loaded"), vm.tags());
        assertEquals("note-reddish-purple", vm.highlights().get(0).styleClass());
        assertEquals("Reddish purple highlight: strong\nTags: loaded", vm.highlights().get(0).tooltip());
        assertNull(vm.create(new Span(0, 0), AnnotationColour.YELLOW, "", List.of()));
        assertEquals("Select some text in the article first.", vm.statusProperty().get());
    }

    @Test
    void searchAndFiltersNarrowTheListAndTheHighlights() {
        vm.open(article, text);
        vm.create(span("act of aggression"), AnnotationColour.YELLOW, "strong words", List.of("Loaded"));
        vm.create(span("Rudaw English"), AnnotationColour.ORANGE, "the outlet itself", List.of("outlet"));
        vm.create(span("foreign ministry"), AnnotationColour.ORANGE, "", List.of("source", "loaded"));
        vm.searchProperty().set("outlet");
        assertEquals(List.of("Rudaw English"), vm.visible().stream().map(Annotation::exact).toList());
        vm.searchProperty().set("");
        vm.colourFilterProperty().set(AnnotationColour.ORANGE);
        assertEquals(List.of("foreign ministry", "Rudaw English"), vm.visible().stream().map(Annotation::exact).toList());
        vm.tagFilterProperty().set("LOADED");
        assertEquals(List.of("foreign ministry"), vm.visible().stream().map(Annotation::exact).toList());
        assertEquals(1, vm.highlights().size());
        vm.colourFilterProperty().set(null);
        assertEquals(List.of("foreign ministry", "act of aggression"), vm.visible().stream().map(Annotation::exact).toList());
        assertEquals(List.of("loaded", "outlet", "source"), vm.tags()); // one spelling per tag: the first in text order
    }

    @Test
    void editorSavesColourNoteAndTags() {
        vm.open(article, text);
        Annotation a = vm.create(span("act of aggression"), AnnotationColour.YELLOW, "", List.of());
        vm.editNoteProperty().set("A legal claim, stated as fact");
        vm.editTagsProperty().set("#claim #law");
        vm.editColourProperty().set(AnnotationColour.BLUISH_GREEN);
        vm.saveEdit();
        Annotation stored = repo.find(a.uuid()).orElseThrow();
        assertEquals("A legal claim, stated as fact", stored.note());
        assertEquals(List.of("claim", "law"), stored.tags());
        assertEquals(AnnotationColour.BLUISH_GREEN, stored.colour());
        assertEquals(stored, vm.selectedProperty().get());
    }

    @Test
    void deleteCanBeUndone() {
        vm.open(article, text);
        Annotation a = vm.create(span("act of aggression"), AnnotationColour.YELLOW, "keep me", List.of("t"));
        long id = repo.find(a.uuid()).orElseThrow().id();
        vm.delete(vm.annotations().get(0));
        assertTrue(vm.annotations().isEmpty());
        assertTrue(repo.forArticle(article).isEmpty());
        assertEquals("Deleted the note on \"act of aggression\".", vm.statusProperty().get());
        assertNotNull(vm.lastDeletedProperty().get());
        vm.undoDelete();
        Annotation back = repo.find(a.uuid()).orElseThrow();
        assertEquals(id, back.id());
        assertEquals("keep me", back.note());
        assertEquals(List.of(back), vm.annotations());
        assertNull(vm.lastDeletedProperty().get());
    }

    @Test
    void failedSaveKeepsTheAnnotationMarkedUnsavedUntilRetrySucceeds() throws Exception {
        vm.open(article, text);
        readOnly(true);
        Annotation a = vm.create(span("act of aggression"), AnnotationColour.ORANGE, "do not lose this", List.of("x"));
        assertEquals(List.of(a), vm.annotations()); // still shown
        assertTrue(vm.isUnsaved(a));
        assertTrue(vm.hasUnsavedProperty().get());
        assertEquals("Not saved: The library is read-only, so the change could not be saved. Your change is kept here;"
                + " press Retry to save it.", vm.errorProperty().get());
        vm.retry(); // still read-only: still pending
        assertTrue(vm.isUnsaved(a));
        readOnly(false);
        repo.forArticle(article).forEach(x -> fail("nothing may have been written: " + x));
        vm.retry();
        assertNull(vm.errorProperty().get());
        assertTrue(vm.unsaved().isEmpty());
        Annotation stored = repo.find(a.uuid()).orElseThrow();
        assertEquals("do not lose this", stored.note());
        assertEquals(stored, vm.annotations().get(0));
    }

    @Test
    void failedDeleteIsRetriedAndAnUnsavedAnnotationNeedsNoDelete() throws Exception {
        vm.open(article, text);
        Annotation a = vm.create(span("act of aggression"), AnnotationColour.YELLOW, "", List.of());
        readOnly(true);
        vm.delete(vm.annotations().get(0));
        assertTrue(vm.isUnsaved(a));
        assertNotNull(vm.errorProperty().get());
        Annotation b = vm.create(span("Rudaw English"), AnnotationColour.YELLOW, "", List.of());
        vm.delete(b); // never written: dropped from the queue, nothing to delete in the library
        assertFalse(vm.isUnsaved(b));
        readOnly(false);
        vm.retry();
        assertNull(vm.errorProperty().get());
        assertTrue(repo.forArticle(article).isEmpty());
    }

    @Test
    void anArticleOutsideTheLibraryCannotBeAnnotated() {
        vm.open(-1, text);
        assertFalse(vm.availableProperty().get());
        assertNull(vm.create(span("act of aggression"), AnnotationColour.YELLOW, "", List.of()));
        assertTrue(vm.statusProperty().get().startsWith("This article is not in the library"));
    }
}

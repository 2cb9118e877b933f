package org.sourcelight.ui.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.store.LibraryDuplicates;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.SyncTaskRunner;

class DuplicatesViewModelTest {
    private Database db;
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final List<String> navigation = new ArrayList<>();
    private DuplicatesViewModel model;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        ArticleRepository articles = new ArticleRepository(db);
        LibraryDuplicates library = LibraryDuplicates.of(db);
        for (String n : Samples.ALL) {
            TextDocument d = Samples.doc(n);
            long id = articles.add(d.title(), Samples.text(n), Map.of(), ArticleMeta.empty().withOrigin(n)).id();
            ids.put(n, id);
            library.index(id, d);
        }
        DuplicatesViewModel.Navigator nav = new DuplicatesViewModel.Navigator() {
            @Override
            public void reveal(int start, int end) { navigation.add("reveal " + start + "-" + end); }

            @Override
            public void openArticle(long articleId, int start, int end) { navigation.add("open " + articleId + " " + start + "-" + end); }
        };
        model = new DuplicatesViewModel(new SyncTaskRunner(),
                a -> library.find(a.id(), a.analysis().document(), null), nav);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private LoadedArticle loaded(String name) {
        return new LoadedArticle(ids.get(name), Pipeline.standard().analyze(Samples.doc(name)));
    }

    @Test
    void listsTheRecycledSentenceAndTheFooterOfSample000() {
        model.show(loaded(Samples.S000));
        assertFalse(model.busyProperty().get());
        assertEquals("1 passage shared with another article, 3 boilerplate passages.", model.statusProperty().get());
        List<DuplicatesViewModel.Row> rows = model.rows();
        assertEquals(4, rows.size());
        DuplicatesViewModel.Row near = rows.get(0);
        assertEquals("Near copy", near.kind());
        assertEquals("37% similar", near.similarity());
        assertEquals(Samples.doc(Samples.S003).title(), near.other());
        assertTrue(near.excerpt().startsWith("American warplanes have been bombing Syria"));
        for (DuplicatesViewModel.Row r : rows.subList(1, 4)) {
            assertTrue(r.boilerplate());
            assertEquals("Boilerplate", r.kind());
        }
        List<Highlight> h = model.highlights();
        assertEquals(4, h.size());
        assertEquals("dup-near", h.get(0).styleClass());
        assertEquals(near.duplicate().start(), h.get(0).start());
        assertEquals("dup-boilerplate", h.get(1).styleClass());
    }

    @Test
    void selectingShowsTheWordDifferencesAndRevealsThePassage() {
        model.show(loaded(Samples.S000));
        DuplicatesViewModel.Row near = model.rows().get(0);
        model.select(near);
        assertEquals(near, model.selectedProperty().get());
        assertEquals(List.of("reveal " + near.duplicate().start() + "-" + near.duplicate().end()), navigation);
        assertEquals(near.match().passage(), join(model.thisSide()));
        assertEquals(near.match().otherPassage(), join(model.otherSide()));
        List<String> changedThis = model.thisSide().stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text).toList();
        assertTrue(changedThis.containsAll(List.of("American", "warplanes")), changedThis.toString());
        assertTrue(model.thisSide().stream().filter(s -> !s.changed()).anyMatch(s -> s.text().contains("authorization from ")));
        assertFalse(model.thisSide().stream().filter(s -> !s.changed()).map(WordDiff.Segment::text).toList().isEmpty());
        assertEquals(Samples.doc(Samples.S003).title(), model.otherTitleProperty().get());
        assertTrue(model.explanationProperty().get().contains("the same sentence, reworded (11 words in common)"), model.explanationProperty().get());
    }

    @Test
    void openingGoesToTheOtherArticleAtItsPassage() {
        model.show(loaded(Samples.S000));
        DuplicatesViewModel.Row near = model.rows().get(0);
        model.open(near);
        TextDocument d003 = Samples.doc(Samples.S003);
        int start = d003.text().indexOf("Since September 2014");
        assertEquals(List.of("open " + ids.get(Samples.S003) + " " + start + "-" + near.duplicate().otherEnd()), navigation);
    }

    @Test
    void theRepeatInsideSample004OpensItsTwin() {
        model.show(loaded(Samples.S004));
        assertEquals("2 repeats inside the article.", model.statusProperty().get());
        DuplicatesViewModel.Row first = model.rows().get(0);
        assertEquals("Exact copy", first.kind());
        assertEquals("word for word", first.similarity());
        assertEquals("Elsewhere in this article", first.other());
        assertTrue(first.canOpen());
        model.open(first);
        assertEquals(List.of("reveal 3542-6817"), navigation);
        model.select(first);
        assertEquals(1, model.thisSide().size());
        assertFalse(model.thisSide().get(0).changed());
    }

    @Test
    void noArticleClearsAndErrorsAreReported() {
        model.show(loaded(Samples.S000));
        model.select(model.rows().get(0));
        model.show(null);
        assertTrue(model.rows().isEmpty());
        assertTrue(model.highlights().isEmpty());
        assertNull(model.selectedProperty().get());
        assertTrue(model.thisSide().isEmpty());
        assertEquals("No article open.", model.statusProperty().get());

        DuplicatesViewModel failing = new DuplicatesViewModel(new SyncTaskRunner(), a -> {
            throw new IllegalStateException("disk gone");
        }, null);
        failing.show(loaded(Samples.S002));
        assertFalse(failing.busyProperty().get());
        assertEquals("The library could not be searched: disk gone", failing.statusProperty().get());
    }

    @Test
    void anArticleWithNothingCopiedSaysSo() {
        DuplicatesViewModel within = new DuplicatesViewModel(new SyncTaskRunner(),
                a -> org.sourcelight.analysis.duplicates.DuplicateFinder.standard().matchesWithin(a.analysis().document()), null);
        within.show(loaded(Samples.S002));
        assertEquals("No repeated or copied passages found.", within.statusProperty().get());
        assertEquals(DuplicateKind.BOILERPLATE.code(), "boilerplate");
    }

    private static String join(List<WordDiff.Segment> s) {
        StringBuilder b = new StringBuilder();
        for (WordDiff.Segment x : s) b.append(x.text());
        return b.toString();
    }
}

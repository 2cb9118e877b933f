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
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Duplicate;
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
        // the footer stands in three other articles: one template line, one passage, not three
        assertEquals("1 passage shared with another article, 1 boilerplate passage.", model.statusProperty().get());
        List<DuplicatesViewModel.Row> rows = model.rows();
        assertEquals(2, rows.size());
        DuplicatesViewModel.Row near = rows.get(0);
        assertEquals("Near copy", near.kind());
        assertEquals("the same sentence, reworded (11 words in common)", near.similarity());
        assertEquals(Samples.doc(Samples.S003).title(), near.other());
        assertTrue(near.excerpt().startsWith("American warplanes have been bombing Syria"));
        DuplicatesViewModel.Row template = rows.get(1);
        assertTrue(template.boilerplate());
        assertEquals("Site template", template.kind());
        assertEquals("1 passage", template.similarity());
        assertEquals(1, template.templatePassages());
        assertEquals(0, model.hiddenProperty().get());
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
        assertEquals("1 repeat inside the article.", model.statusProperty().get());
        DuplicatesViewModel.Row first = model.rows().get(0);
        assertEquals("Exact copy", first.kind());
        assertEquals("all 24 sentences word for word", first.similarity());
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

    @Test
    void aLongListShowsAScreenfulThenAllGroupedByTheOtherArticle() {
        String text = "x".repeat(2000);
        List<Match> many = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            int start = i * 40;
            // other articles "a" and "b" alternate; "b" holds the longest passage, so its group comes first
            String other = i % 2 == 0 ? "a" : "b";
            int len = other.equals("b") && i == 1 ? 39 : 20;
            many.add(new Match(new Duplicate(start, start + len, DuplicateKind.NEAR, 0.8, null, other, 0, 10),
                    text, text, 12, 0, 1, 0, 1, 2));
        }
        many.add(new Match(new Duplicate(1900, 1950, DuplicateKind.BOILERPLATE, 1.0, null, "c", 0, 50), text, text, 9, 3, 1, 1, 0, 1));
        many.add(new Match(new Duplicate(1900, 1950, DuplicateKind.BOILERPLATE, 1.0, null, "d", 0, 50), text, text, 9, 3, 1, 1, 0, 1));
        DuplicatesViewModel m = new DuplicatesViewModel(new SyncTaskRunner(), a -> many, new DuplicatesViewModel.Navigator() {
            @Override
            public void reveal(int start, int end) { }

            @Override
            public void openArticle(long articleId, int start, int end) { }
        });
        m.show(loaded(Samples.S000));
        assertEquals(DuplicatesViewModel.SCREENFUL, m.rows().size());
        assertEquals(46, m.totalProperty().get());
        assertEquals(6, m.hiddenProperty().get());
        assertTrue(m.statusProperty().get().endsWith("Showing the first 40 of 46 lines."), m.statusProperty().get());
        assertEquals(List.of("b", "b"), m.rows().subList(0, 2).stream().map(r -> r.duplicate().otherFile()).toList());
        assertEquals("b", m.rows().get(21).duplicate().otherFile());
        assertEquals("a", m.rows().get(22).duplicate().otherFile());
        m.showAll();
        assertEquals(46, m.rows().size());
        assertEquals(0, m.hiddenProperty().get());
        DuplicatesViewModel.Row last = m.rows().get(45);
        assertEquals("Site template", last.kind());
        assertEquals(1, last.templatePassages(), "one passage carried by two other articles");
        assertEquals(47, m.highlights().size());
    }

    @Test
    void copiesFromOtherOutletsComeBeforeAnOutletsReuseOfItsOwnTextThenRepeats() {
        String text = "x".repeat(600);
        // the same outlet's reuse is the longest passage, yet another outlet's copy is listed first
        Match own = new Match(new Duplicate(0, 300, DuplicateKind.EXACT, 1.0, null, "own", 0, 300), text, text, 50, 0, 3, 3, 0, 1, "", true);
        Match other = new Match(new Duplicate(300, 360, DuplicateKind.NEAR, 0.8, null, "other", 0, 60), text, text, 12, 0, 1, 0, 1, 2, "", false);
        Match repeat = new Match(new Duplicate(400, 500, DuplicateKind.EXACT, 1.0, null, "", 500, 600), text, text, 20, 0, 1, 1, 0, 1);
        Match twin = new Match(new Duplicate(500, 600, DuplicateKind.EXACT, 1.0, null, "", 400, 500), text, text, 20, 0, 1, 1, 0, 1);
        List<Match> ranked = DuplicatesViewModel.ranked(List.of(repeat, own, twin, other));
        assertEquals(List.of(other, own, repeat, twin), ranked);
        assertEquals("own (same outlet)", DuplicatesViewModel.row(own).other());
        assertEquals("other", DuplicatesViewModel.row(other).other());
        assertTrue(own.explanation().contains("same outlet"), own.explanation());

        DuplicatesViewModel m = new DuplicatesViewModel(new SyncTaskRunner(), a -> List.of(repeat, own, twin, other),
                new DuplicatesViewModel.Navigator() {
                    @Override
                    public void reveal(int start, int end) { }

                    @Override
                    public void openArticle(long articleId, int start, int end) { }
                });
        m.show(loaded(Samples.S000));
        // a repeat counts once (at its second place), as library cards count it
        assertEquals("1 repeat inside the article, 2 passages shared with other articles.", m.statusProperty().get());
    }
}

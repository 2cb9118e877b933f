package org.sourcelight.store;

import org.sourcelight.model.Reanchoring;
import static org.junit.jupiter.api.Assertions.*;

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

class AnnotationRepositoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private Database db;
    private AnnotationRepository repo;
    private long article;
    private String text;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        repo = new AnnotationRepository(db);
        article = new ArticleRepository(db).add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(),
                ArticleMeta.empty()).id();
        text = Samples.doc(Samples.S004).text();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Annotation annotate(String quote, AnnotationColour colour, String note, String... tags) {
        int i = text.indexOf(quote);
        assertTrue(i >= 0, quote);
        return Annotation.create(article, text, i, i + quote.length(), colour, note, List.of(tags), T0);
    }

    @Test
    void savesAndListsInTextOrderWithTags() {
        Annotation late = repo.save(annotate("Rudaw English", AnnotationColour.ORANGE, "Who is the outlet?", "outlet"));
        Annotation early = repo.save(annotate("act of aggression", AnnotationColour.SKY_BLUE, "", "loaded", "quote"));
        assertTrue(late.id() > 0);
        List<Annotation> list = repo.forArticle(article);
        assertEquals(List.of(early.uuid(), late.uuid()), list.stream().map(Annotation::uuid).toList());
        assertEquals(List.of("loaded", "quote"), list.get(0).tags());
        assertEquals("act of aggression", list.get(0).exact());
        assertEquals(AnnotationColour.SKY_BLUE, list.get(0).colour());
        assertEquals(early, list.get(0));
    }

    @Test
    void updateIsAnUpsertByUuid() {
        Annotation a = repo.save(annotate("act of aggression", AnnotationColour.YELLOW, "first"));
        Annotation b = repo.save(a.edited(AnnotationColour.REDDISH_PURPLE, "second", List.of("x"), T0.plusSeconds(5)));
        assertEquals(a.id(), b.id());
        List<Annotation> list = repo.forArticle(article);
        assertEquals(1, list.size());
        assertEquals("second", list.get(0).note());
        assertEquals(List.of("x"), list.get(0).tags());
        assertEquals(T0.plusSeconds(5), list.get(0).modified());
        assertEquals(T0, list.get(0).created());
    }

    @Test
    void deleteCanBeUndoneWithTheSameIdAndTags() {
        Annotation a = repo.save(annotate("act of aggression", AnnotationColour.YELLOW, "n", "t1", "t2"));
        repo.save(annotate("Rudaw English", AnnotationColour.YELLOW, "")); // takes the next id
        Annotation deleted = repo.delete(a.uuid()).orElseThrow();
        assertEquals(a, deleted);
        assertTrue(repo.find(a.uuid()).isEmpty());
        assertTrue(repo.delete(a.uuid()).isEmpty());
        Annotation back = repo.restore(deleted);
        assertEquals(a, back);
        assertEquals(a, repo.find(a.uuid()).orElseThrow());
        Annotation fresh = repo.save(annotate("foreign ministry", AnnotationColour.YELLOW, ""));
        assertTrue(fresh.id() > back.id());
    }

    @Test
    void searchMatchesNoteQuoteAndTagAcrossTheLibrary() {
        long other = new ArticleRepository(db).add("Russian envoy", Samples.text(Samples.S002), Map.of(),
                ArticleMeta.empty()).id();
        String t2 = Samples.doc(Samples.S002).text();
        int i = t2.indexOf("Bogdanov");
        repo.save(Annotation.create(other, t2, i, i + 8, AnnotationColour.YELLOW, "deputy FM", List.of("Russia"), T0));
        repo.save(annotate("act of aggression", AnnotationColour.YELLOW, "strong words", "Loaded"));
        repo.save(annotate("50,442 square-kilometers", AnnotationColour.YELLOW, "half the country? (50% claim)"));
        repo.save(annotate("Rudaw English", AnnotationColour.YELLOW, "50,5 is not a claim"));
        assertEquals(1, repo.search("bogdanov").size());
        assertEquals("Russian envoy", repo.search("bogdanov").get(0).articleTitle());
        assertEquals(1, repo.search("loaded").size()); // tag, any case
        assertEquals(1, repo.search("strong aggression").size()); // note word + quote word
        assertEquals(0, repo.search("strong bogdanov").size());
        assertEquals(1, repo.search("russia").size());
        assertEquals(1, repo.search("50%").size()); // % is matched literally, not as a wildcard
        assertEquals(4, repo.search("").size());
        assertEquals(List.of("Loaded", "Russia"), repo.tags());
    }

    @Test
    void anchoringToAChangedTextMovesFuzzesAndOrphansButKeepsAll() {
        Annotation same = repo.save(annotate("Syria wants US troops to leave", AnnotationColour.YELLOW, "title"));
        Annotation moved = repo.save(annotate("called the presence a", AnnotationColour.ORANGE, ""));
        Annotation edited = repo.save(annotate("gross violation of the Charter and principles", AnnotationColour.SKY_BLUE, ""));
        Annotation gone = repo.save(annotate("50,442 square-kilometers", AnnotationColour.BLUISH_GREEN, "area", "numbers"));
        String changed = text.replace("The report published by SANA", "The report, published on Tuesday by SANA,")
                .replace("gross violation of the Charter", "gross violation of the UN Charter")
                .replace("some 50,442 square-kilometers of Syrian lands", "large parts of Syria");
        Reanchoring r = repo.anchor(article, changed);
        assertEquals(2, r.moved());
        assertEquals(1, r.fuzzy());
        assertEquals(List.of(gone.uuid()), r.orphans().stream().map(Annotation::uuid).toList());
        assertEquals(4, r.annotations().size());
        assertEquals(gone.uuid(), r.annotations().get(3).uuid()); // orphans last
        List<Annotation> stored = repo.forArticle(article);
        assertEquals(r.annotations(), stored);
        assertEquals(same.anchor(), stored.get(0).anchor());
        Annotation m = stored.stream().filter(a -> a.uuid().equals(moved.uuid())).findFirst().orElseThrow();
        assertEquals(changed.indexOf("called the presence a"), m.start());
        Annotation e = stored.stream().filter(a -> a.uuid().equals(edited.uuid())).findFirst().orElseThrow();
        assertEquals("gross violation of the UN Charter and principles", e.exact());
        Annotation o = stored.get(3);
        assertTrue(o.orphan());
        assertEquals("50,442 square-kilometers", o.exact());
        assertEquals("area", o.note());
        // the old text comes back (a re-import of the first version): the orphan is placed again
        Reanchoring back = repo.anchor(article, text);
        assertTrue(back.orphans().isEmpty());
        assertEquals(gone.anchor(), repo.find(gone.uuid()).orElseThrow().anchor());
    }

    @Test
    void deletingTheArticleDeletesItsAnnotations() {
        repo.save(annotate("act of aggression", AnnotationColour.YELLOW, "n", "t"));
        assertTrue(new ArticleRepository(db).delete(article));
        assertTrue(repo.all().isEmpty());
        assertTrue(repo.tags().isEmpty());
    }
}

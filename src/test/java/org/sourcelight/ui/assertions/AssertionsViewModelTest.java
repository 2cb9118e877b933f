package org.sourcelight.ui.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.model.Severity;
import org.sourcelight.store.Database;
import org.sourcelight.store.LexiconRepository;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.SyncTaskRunner;

class AssertionsViewModelTest {
    private final Database db = Database.inMemory();
    private final AssertionsViewModel vm = new AssertionsViewModel(new SyncTaskRunner(), new org.sourcelight.library.WordListEdits(db));

    @AfterEach
    void close() { db.close(); }

    private static LoadedArticle article(String sample) {
        TextDocument d = Samples.doc(sample);
        ArticleAnalysis a = new ArticleAnalysis(d, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                AssertionDetector.standard().detect(d, List.of()));
        return new LoadedArticle(1, a);
    }

    private List<Severity> severitiesInOrder() {
        List<Severity> out = new ArrayList<>();
        for (AssertionsViewModel.Row r : vm.rows()) if (r instanceof AssertionsViewModel.Item i) out.add(i.assertion().severity());
        return out;
    }

    @Test
    void findingsAreGroupedBySeverityMostSeriousFirst() {
        vm.show(article(Samples.S003));
        assertTrue(vm.rows().get(0) instanceof AssertionsViewModel.Heading h && h.severity() == Severity.HIGH);
        List<Severity> s = severitiesInOrder();
        for (int i = 1; i < s.size(); i++) assertTrue(s.get(i - 1).compareTo(s.get(i)) >= 0, s.toString());
        assertEquals(List.of(Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.MEDIUM), s);
        AssertionsViewModel.Heading high = (AssertionsViewModel.Heading) vm.rows().get(0);
        assertEquals(5, high.count());
        assertEquals("6 sentences to question: 5 high, 1 medium, 0 low.", vm.summaryProperty().get());
        assertEquals(1, vm.countProperty(Reason.AGENTLESS_ACCUSATION).get());
        assertEquals(1, vm.countProperty(Reason.VAGUE_ATTRIBUTION).get());
    }

    @Test
    void reasonFiltersHideFindingsAndTheirHighlights() {
        vm.show(article(Samples.S003));
        int all = severitiesInOrder().size();
        for (Reason r : Reason.values()) vm.shownProperty(r).set(r == Reason.VAGUE_ATTRIBUTION);
        assertEquals(1, severitiesInOrder().size());
        AssertionsViewModel.Item only = (AssertionsViewModel.Item) vm.rows().get(1);
        assertTrue(only.sentence().startsWith("Political observers warn"));
        assertEquals(List.of("assert-sentence-medium", "assert-trigger-vague-attribution"),
                vm.highlights().stream().map(Highlight::styleClass).toList());
        assertTrue(vm.summaryProperty().get().endsWith("Showing 1 with the chosen reasons."));
        for (Reason r : Reason.values()) vm.shownProperty(r).set(true);
        assertEquals(all, severitiesInOrder().size());
    }

    @Test
    void highlightsMarkSentencesBySeverityAndWordsByReasonWithTooltips() {
        LoadedArticle a = article(Samples.S002);
        vm.show(a);
        String text = a.text();
        Highlight sheer = vm.highlights().stream().filter(h -> text.substring(h.start(), h.end()).equals("sheer")).findFirst().orElseThrow();
        assertEquals("assert-trigger-intensifier", sheer.styleClass());
        assertTrue(sheer.tooltip().startsWith("\"sheer\": this sentence uses strong words"), sheer.tooltip());
        Highlight plunder = vm.highlights().stream().filter(h -> text.substring(h.start(), h.end()).equals("plunder")).findFirst().orElseThrow();
        assertTrue(plunder.tooltip().contains("means stealing by force"), plunder.tooltip());
        Highlight trains = vm.highlights().stream()
                .filter(h -> h.styleClass().equals("assert-sentence-high") && text.startsWith("The US military trains", h.start()))
                .findFirst().orElseThrow();
        assertTrue(trains.tooltip().contains("\nAsk: Who else reports this"), trains.tooltip());
    }

    @Test
    void noArticleClearsThePanel() {
        vm.show(article(Samples.S001));
        assertFalse(vm.rows().isEmpty());
        vm.show(null);
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.highlights().isEmpty());
        assertEquals("No article open.", vm.summaryProperty().get());
    }

    @Test
    void storedWordListEditsAreLoadedAndUsedToRecompute() {
        new LexiconRepository(db).save(List.of(LexiconEdit.removed(Lexicons.LOADED_TERMS, "regime")));
        vm.loadLexicons();
        vm.show(article(Samples.S004));
        assertEquals(0, vm.countProperty(Reason.LOADED_LANGUAGE).get());
        assertEquals(0, vm.countProperty(Reason.SCARE_QUOTES).get()); // "advise and assist", "political solution": the parties' own terms
        vm.lexiconsProperty().set(Lexicons.standard());
        assertEquals(4, vm.countProperty(Reason.LOADED_LANGUAGE).get());
    }

    @Test
    void wordListsDialogAddsRemovesAndSaves() {
        WordListsViewModel w = new WordListsViewModel(new SyncTaskRunner(), new org.sourcelight.library.WordListEdits(db), Lexicons.standard());
        w.selectedProperty().set(Lexicons.INFO.stream().filter(i -> i.name().equals(Lexicons.LOADED_TERMS)).findFirst().orElseThrow());
        w.newTermProperty().set("  caliphate ");
        w.add();
        assertEquals("", w.newTermProperty().get());
        w.newTermProperty().set("Regime");
        w.add();
        assertEquals("\"Regime\" is already in Loaded words.", w.messageProperty().get());
        WordListsViewModel.TermRow regime = w.terms().stream().filter(r -> r.term().equals("regime")).findFirst().orElseThrow();
        w.toggle(regime);
        WordListsViewModel.TermRow removed = w.terms().get(w.terms().size() - 1);
        assertEquals("regime", removed.term());
        assertTrue(removed.removed());
        assertTrue(removed.display().contains("(removed)"));
        assertTrue(w.terms().stream().anyMatch(r -> r.term().equals("caliphate") && r.display().contains("(added by you)")));
        AtomicReference<Lexicons> saved = new AtomicReference<>();
        w.save(saved::set);
        assertTrue(w.pending().isEmpty());
        assertEquals("Saved.", w.messageProperty().get());
        assertEquals(List.of(LexiconEdit.added(Lexicons.LOADED_TERMS, "caliphate"), LexiconEdit.removed(Lexicons.LOADED_TERMS, "regime")),
                new LexiconRepository(db).edits());
        vm.show(article(Samples.S004));
        vm.lexiconsProperty().set(saved.get());
        assertEquals(0, vm.countProperty(Reason.LOADED_LANGUAGE).get());
    }

    @Test
    void savingWithoutALibraryExplainsWhy() {
        WordListsViewModel w = new WordListsViewModel(new SyncTaskRunner(), null, Lexicons.standard());
        w.newTermProperty().set("junta");
        w.add();
        w.save(l -> { throw new AssertionError("must not save"); });
        assertEquals("There is no library to save your word lists in.", w.messageProperty().get());
    }
}

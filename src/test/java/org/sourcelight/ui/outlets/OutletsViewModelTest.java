package org.sourcelight.ui.outlets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Outlet;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.SyncTaskRunner;

class OutletsViewModelTest {
    private final Database db = Database.inMemory();
    private final OutletsViewModel vm = new OutletsViewModel(new SyncTaskRunner(), new org.sourcelight.library.OutletCorrections(db), OutletRegistry.shipped());
    private int reanalysed;

    @AfterEach
    void close() { db.close(); }

    private LoadedArticle load(String sample) {
        long id = new ArticleRepository(db).add(sample, Samples.text(sample), Map.of(), ArticleMeta.empty()).id();
        return new LoadedArticle(id, Pipeline.standard().analyze(Samples.doc(sample)));
    }

    @Test
    void aSharedNameIsListedWithThePlainNoteNotASingleConfidentLabel() {
        String text = "Shooting in Dallas\n\nThe shooting was confirmed by police, according to ABC affiliate WFAA.\n";
        long id = new ArticleRepository(db).add("abc.txt", text, Map.of(), ArticleMeta.empty()).id();
        vm.show(new LoadedArticle(id, Pipeline.standard().analyze(
                org.sourcelight.text.DocumentBuilder.standard().build(text, ArticleMeta.empty()))));
        assertEquals(1, vm.cited().size());
        OutletsViewModel.CitedRow row = vm.cited().get(0);
        assertEquals("ABC News", row.name());
        assertEquals("ABC: probably ABC News (United States, private, not rated); Australia's ABC is independent state-funded.",
                row.label());
        assertEquals("ABC", row.words());
    }

    @Test
    void showsThePublisherCardWithModelOwnerYearAndSource() {
        vm.show(load(Samples.S000));
        assertTrue(vm.hasPublisherProperty().get());
        assertEquals("Press TV", vm.nameProperty().get());
        assertEquals("Iran", vm.countryProperty().get());
        assertEquals("State-controlled media (SC)", vm.modelProperty().get());
        assertEquals("The state pays for it, controls who runs it and controls what it reports.", vm.meaningProperty().get());
        assertTrue(vm.ownerProperty().get().contains("IRIB"));
        assertEquals("Rating for 2023", vm.yearProperty().get());
        assertEquals("https://statemediamonitor.com/2023/08/islamic-republic-of-iran-broadcasting-irib/", vm.sourceUrlProperty().get());
        assertTrue(vm.evidenceProperty().get().contains("www.presstv."), vm.evidenceProperty().get());
        assertTrue(vm.evidenceProperty().get().endsWith(". Sourcelight is 99% sure."), vm.evidenceProperty().get());
        assertEquals(List.of("AFP", "Associated Press"), vm.cited().stream().map(OutletsViewModel.CitedRow::name).toList());
        assertEquals("photo or wire credit", vm.cited().get(1).how());
        assertEquals("AP", vm.cited().get(1).words());
        assertEquals(List.of("outlet-credit", "outlet-credit"), vm.highlights().stream().map(Highlight::styleClass).toList());
    }

    @Test
    void listsChainsCuesAndStateHighlights() {
        vm.show(load(Samples.S001));
        assertTrue(vm.chains().stream().map(OutletsViewModel.ChainRow::text).toList().contains(
                "Press TV: Iran, state-controlled\n→ from SANA: Syria, state-controlled\n→ from civil sources: anonymous"));
        assertEquals("official", vm.cues().get(0).cue());
        OutletsViewModel.CitedRow sana = vm.cited().get(2);
        assertEquals("SANA", sana.name());
        assertEquals("Syria, state-controlled", sana.label());
        Highlight h = vm.highlights().stream().filter(x -> x.start() == sana.start()).findFirst().orElseThrow();
        assertEquals("outlet-cited-state", h.styleClass());
        assertTrue(vm.highlights().stream().anyMatch(x -> x.styleClass().equals("outlet-cue")));
    }

    @Test
    void anOutletMissingFromTheRegistryIsNeverCalledIndependent() {
        vm.show(load(Samples.S002));
        OutletsViewModel.CitedRow getty = vm.cited().get(0);
        assertEquals("Getty Images", getty.name());
        assertEquals("not in the registry", getty.label());
        assertFalse(getty.toString().contains("independent"));
    }

    @Test
    void theReadersPublisherAndRegistryCorrectionsWin() {
        LoadedArticle a = load(Samples.S004);
        vm.show(a);
        assertEquals("Rudaw", vm.nameProperty().get());
        assertEquals("party-affiliated (KDP) per analysts, uncertain, not rated", vm.modelProperty().get());
        assertTrue(vm.meaningProperty().get().contains("does not make it independent"));
        assertTrue(vm.publisherEditableProperty().get());

        vm.savePublisher("Kurdistan 24", () -> reanalysed++);
        assertEquals(1, reanalysed);
        vm.show(a);
        assertEquals("Kurdistan 24", vm.nameProperty().get());
        assertEquals("Set by you.", vm.evidenceProperty().get());

        Outlet mine = OutletsViewModel.entryFrom("kurdistan-24", "Kurdistan 24", "K24", "kurdistan24.net",
                "Iraq (Kurdistan Region)", "KDP", "", "party-owned", "2024", "https://example.org/k24", "");
        vm.saveEntry(mine, () -> reanalysed++);
        vm.show(a);
        assertEquals(2, reanalysed);
        assertEquals("Kurdistan 24 (your entry)", vm.nameProperty().get());
        assertEquals("party-owned, not rated", vm.modelProperty().get());
        assertEquals("Rating for 2024", vm.yearProperty().get());
        assertTrue(vm.messageProperty().get().isEmpty());
    }

    @Test
    void entryFromParsesTheDialogFields() {
        Outlet o = OutletsViewModel.entryFrom("", "Foo Daily", "Foo, The Foo ", "foo.example", "Freedonia", "Foo Inc.",
                "CaPr", "private", "2021", "https://example.org", "n");
        assertEquals("foo-daily", o.id());
        assertEquals(List.of("Foo", "The Foo"), o.aliases());
        assertEquals("user", o.origin());
        assertEquals("CaPr", o.typology().name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutletsViewModel.entryFrom(
                "x", "X", "", "", "", "", "", "", "twenty", "", ""));
        assertEquals("The year must be a number such as 2024.", e.getMessage());
    }

    @Test
    void showingNothingClearsThePanel() {
        vm.show(load(Samples.S000));
        vm.show(null);
        assertFalse(vm.hasPublisherProperty().get());
        assertTrue(vm.cited().isEmpty());
        assertTrue(vm.highlights().isEmpty());
        assertEquals("No article is open.", vm.messageProperty().get());
    }
}

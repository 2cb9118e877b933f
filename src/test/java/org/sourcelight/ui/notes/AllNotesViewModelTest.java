package org.sourcelight.ui.notes;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.SyncTaskRunner;

class AllNotesViewModelTest {
    @Test
    void searchesTheWholeLibraryAndOpensTheArticleAtThePassage() {
        try (Database db = Database.inMemory()) {
            AnnotationRepository repo = new AnnotationRepository(db);
            ArticleRepository articles = new ArticleRepository(db);
            long rudaw = articles.add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(), ArticleMeta.empty()).id();
            long envoy = articles.add("Russian envoy", Samples.text(Samples.S002), Map.of(), ArticleMeta.empty()).id();
            String t1 = Samples.doc(Samples.S004).text(), t2 = Samples.doc(Samples.S002).text();
            int i = t1.indexOf("act of aggression"), j = t2.indexOf("Bogdanov");
            repo.save(Annotation.create(rudaw, t1, i, i + 17, AnnotationColour.YELLOW, "loaded phrase", List.of("claim"),
                    Instant.parse("2024-05-01T10:00:00Z")));
            repo.save(Annotation.create(envoy, t2, j, j + 8, AnnotationColour.ORANGE, "who is he?", List.of("claim"),
                    Instant.parse("2024-05-02T10:00:00Z")));
            AllNotesViewModel vm = new AllNotesViewModel(new org.sourcelight.library.NoteService(db), new SyncTaskRunner());
            vm.refresh();
            assertEquals(List.of("Bogdanov", "act of aggression"),
                    vm.results().stream().map(n -> n.annotation().exact()).toList()); // newest first
            assertEquals("2 notes in 2 articles.", vm.summaryProperty().get());
            vm.queryProperty().set("loaded");
            assertEquals(1, vm.results().size());
            assertEquals("Syria wants US troops to leave", vm.results().get(0).articleTitle());
            List<long[]> opened = new ArrayList<>();
            vm.open(vm.results().get(0), (id, s, e) -> opened.add(new long[] {id, s, e}));
            assertArrayEquals(new long[] {rudaw, i, i + 17}, opened.get(0));
            vm.queryProperty().set("nothing like this");
            assertEquals("No notes match \"nothing like this\".", vm.summaryProperty().get());
        }
    }
}

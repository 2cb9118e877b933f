package org.sourcelight.ui.notes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Span;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.sourcelight.ui.task.TaskRunner;

/** The panel wired to a host (headless JavaFX): highlight from a selection, the layer it draws. */
class NotesPanelTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // start the toolkit the way the other UI tests do
    }

    private static final class Host implements PanelHost {
        final Database db;
        Optional<Span> selection = Optional.empty();
        final List<List<Highlight>> layers = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        Host(Database db) { this.db = db; }

        @Override public void reveal(int start, int end) {}
        @Override public void setHighlights(String layer, List<Highlight> h) { assertEquals("notes", layer); layers.add(h); }
        @Override public void openArticle(long articleId, int start, int end) {}
        @Override public Optional<Span> selection() { return selection; }
        @Override public void reanalyze() {}
        @Override public void notify(String message) { messages.add(message); }
        @Override public TaskRunner tasks() { return new SyncTaskRunner(); }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return org.sourcelight.testsupport.fx.Fx.on(work);
    }

    private static NotesPanel panel(Host host) {
        return new NotesPanel(host, new NotesViewModel(new org.sourcelight.store.AnnotationRepository(host.db), host.tasks(),
                java.time.Instant::now), new org.sourcelight.report.AnnotationExchange(host.db));
    }

    @Test
    void highlightSelectionSavesDrawsAndListsIt() throws Exception {
        try (Database db = Database.inMemory()) {
            long id = new ArticleRepository(db).add("T", Samples.text(Samples.S004), Map.of(), ArticleMeta.empty()).id();
            LoadedArticle article = new LoadedArticle(id, Pipeline.standard().analyze(Samples.doc(Samples.S004)));
            Host host = new Host(db);
            NotesPanel panel = onFx(() -> panel(host));
            assertEquals("notes", panel.id());
            assertEquals("Notes", panel.title());
            String text = article.text();
            int i = text.indexOf("act of aggression");
            onFx(() -> {
                panel.show(article);
                panel.highlightSelection(AnnotationColour.SKY_BLUE); // nothing selected
                host.selection = Optional.of(new Span(i, i + 17));
                panel.highlightSelection(AnnotationColour.SKY_BLUE);
                return null;
            });
            assertEquals("Select some text in the article first.", host.messages.get(0));
            assertEquals(List.of(new Highlight(i, i + 17, "note-sky-blue", "Sky blue highlight")),
                    host.layers.get(host.layers.size() - 1));
            assertEquals("act of aggression", new AnnotationRepository(db).forArticle(id).get(0).exact());
            assertEquals(2, onFx(panel::contextMenuItems).size());

            // saving a note with a tag keeps the tag filter on "All tags", never blank
            javafx.scene.control.ComboBox<?> tagFilter = onFx(() -> (javafx.scene.control.ComboBox<?>) panel.view().lookupAll(".combo-box")
                    .stream().filter(n -> "All tags".equals(((javafx.scene.control.ComboBox<?>) n).getPromptText())).findFirst().orElseThrow());
            javafx.stage.Stage stage = onFx(() -> {
                javafx.stage.Stage st = new javafx.stage.Stage();
                st.setScene(org.sourcelight.testsupport.fx.Fx.styledScene((javafx.scene.Parent) panel.view(), 420, 700));
                st.show();
                return st;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            String before = onFx(() -> String.valueOf(tagFilter.getValue()));
            assertEquals("All tags", before);
            onFx(() -> {
                NotesViewModel vm = panel.viewModel();
                vm.selectedProperty().set(vm.visible().get(0));
                vm.editNoteProperty().set("Who says so?");
                vm.editTagsProperty().set("aggression");
                vm.saveEdit();
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            String shown = onFx(() -> String.valueOf(tagFilter.getValue()));
            onFx(() -> {
                stage.hide();
                return null;
            });
            assertEquals(List.of("aggression"), List.copyOf(panel.viewModel().tags()));
            assertEquals("All tags", shown);
        }
    }
}

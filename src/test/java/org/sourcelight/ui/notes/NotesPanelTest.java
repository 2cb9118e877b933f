package org.sourcelight.ui.notes;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.library.NoteService;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Span;
import org.sourcelight.report.AnnotationExchange;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.testsupport.fx.Fx;
import org.sourcelight.testsupport.fx.RecordingPanelHost;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;

/** The panel wired to a host (headless JavaFX): highlight from a selection, the layer it draws. */
class NotesPanelTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // start the toolkit the way the other UI tests do
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return Fx.on(work);
    }

    private static NotesPanel panel(RecordingPanelHost host, Database db) {
        return new NotesPanel(host, new NotesViewModel(new NoteService(db), host.tasks(), java.time.Instant::now),
                new AnnotationExchange(db));
    }

    @Test
    void highlightSelectionSavesDrawsAndListsIt() throws Exception {
        try (Database db = Database.inMemory()) {
            long id = new ArticleRepository(db).add("T", Samples.text(Samples.S004), Map.of(), ArticleMeta.empty()).id();
            LoadedArticle article = new LoadedArticle(id, Pipeline.standard().analyze(Samples.doc(Samples.S004)));
            RecordingPanelHost host = new RecordingPanelHost();
            NotesPanel panel = onFx(() -> panel(host, db));
            assertEquals("notes", panel.id());
            assertEquals("Notes", panel.title());
            String text = article.text();
            int i = text.indexOf("act of aggression");
            onFx(() -> {
                panel.show(article);
                panel.highlightSelection(AnnotationColour.SKY_BLUE); // nothing selected
                host.selection = new Span(i, i + 17);
                panel.highlightSelection(AnnotationColour.SKY_BLUE);
                return null;
            });
            assertEquals("Select some text in the article first.", host.messages.get(0));
            assertEquals(List.of(new Highlight(i, i + 17, "note-sky-blue", "Sky blue highlight")),
                    host.layers.get("notes"));
            assertEquals(java.util.Set.of("notes"), host.layers.keySet(), "the panel draws only its own layer");
            assertEquals("act of aggression", new AnnotationRepository(db).forArticle(id).get(0).exact());
            assertEquals(2, onFx(panel::contextMenuItems).size());

            // saving a note with a tag keeps the tag filter on "All tags", never blank
            javafx.scene.control.ComboBox<?> tagFilter = onFx(() -> (javafx.scene.control.ComboBox<?>) panel.view().lookupAll(".combo-box")
                    .stream().filter(n -> "All tags".equals(((javafx.scene.control.ComboBox<?>) n).getPromptText())).findFirst().orElseThrow());
            javafx.stage.Stage stage = onFx(() -> {
                javafx.stage.Stage st = new javafx.stage.Stage();
                st.setScene(Fx.styledScene((javafx.scene.Parent) panel.view(), 420, 700));
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

package org.sourcelight.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.Span;
import org.sourcelight.store.Database;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.sourcelight.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourcesPanelTest {
    /** A host that records what the panel asks of the window. */
    static final class RecordingHost implements PanelHost {
        final List<Span> revealed = new ArrayList<>();
        List<Highlight> highlights = List.of();
        String layer = "";

        @Override public void reveal(int start, int end) { revealed.add(new Span(start, end)); }
        @Override public void setHighlights(String l, List<Highlight> h) { layer = l; highlights = h; }
        @Override public void openArticle(long articleId, int start, int end) {}
        @Override public Optional<Span> selection() { return Optional.empty(); }
        @Override public void reanalyze() {}
        @Override public void notify(String message) {}
        @Override public TaskRunner tasks() { return new SyncTaskRunner(); }
    }

    private final RecordingHost host = new RecordingHost();
    private SourcesPanel panel;

    @Start
    void start(Stage stage) {
        panel = new SourcesPanel(host);
        stage.setScene(new Scene((javafx.scene.Parent) panel.view(), 420, 600));
        stage.show();
        stage.toFront();
    }

    @Test
    void showsTheSummaryAndRevealsTheClickedSource(FxRobot robot) {
        TextDocument d = Samples.doc(Samples.S000);
        LoadedArticle a = new LoadedArticle(1, new ArticleAnalysis(d, SourceExtractor.standard().extract(d), null,
                List.of(), List.of(), List.of(), List.of(), List.of()));
        robot.interact(() -> panel.show(a));
        assertEquals("sources", panel.id());
        assertEquals("Sources", panel.title());
        Label summary = robot.lookup(".src-summary").queryAs(Label.class);
        assertEquals("6 voices: 4 Russian officials, 1 US official, 1 Syrian official", summary.getText());
        assertFalse(robot.lookup(".src-finding").queryAs(Label.class).isVisible());
        TreeView<?> tree = robot.lookup("#sources-tree").queryAs(TreeView.class);
        assertEquals(6, tree.getRoot().getChildren().size());

        javafx.scene.Node zakharova = robot.from(panel.view()).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && "Maria Zakharova".equals(l.getText())).query();
        robot.clickOn(zakharova);
        Span first = panel.viewModel().rows().get(1).firstSpan();
        assertEquals(List.of(first), host.revealed);
        assertEquals("sources", host.layer);
        assertTrue(host.highlights.stream().anyMatch(h -> h.styleClass().equals("src-quote") && h.tooltip().contains("Maria Zakharova")));

        ComboBox<String> filter = robot.lookup("#sources-filter").queryComboBox();
        robot.interact(() -> filter.getSelectionModel().select("Named person"));
        assertEquals(3, tree.getRoot().getChildren().size());
    }
}

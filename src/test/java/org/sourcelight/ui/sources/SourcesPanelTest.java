package org.sourcelight.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.sourcelight.testsupport.fx.RecordingPanelHost;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.LoadedArticle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourcesPanelTest {
    private final RecordingPanelHost host = new RecordingPanelHost();
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
        assertEquals(java.util.Set.of("sources"), host.layers.keySet());
        assertTrue(host.layers.get("sources").stream().anyMatch(h -> h.styleClass().equals("src-quote") && h.tooltip().contains("Maria Zakharova")));

        ComboBox<String> filter = robot.lookup("#sources-filter").queryComboBox();
        robot.interact(() -> filter.getSelectionModel().select("Named person"));
        assertEquals(3, tree.getRoot().getChildren().size());
    }
}

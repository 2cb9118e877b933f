package org.sourcelight.ui.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcelight.Samples;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.DuplicateFinder.Named;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.model.Span;
import org.sourcelight.testsupport.fx.RecordingPanelHost;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DuplicatesPanelTest {
    private final RecordingPanelHost host = new RecordingPanelHost();
    private DuplicatesPanel panel;

    @Start
    void start(Stage stage) {
        DuplicatesViewModel.Lookup lookup = a -> {
            List<Named> docs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String n = Samples.ALL.get(i);
                docs.add(new Named(String.valueOf(i + 1), "Sample " + n.substring(0, 3), Samples.doc(n), "Press TV"));
            }
            return DuplicateFinder.standard().matchesAcross(docs).get(0);
        };
        panel = new DuplicatesPanel(host, DuplicatesViewModel.forHost(host, lookup));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(panel.view()), 700, 700);
        scene.getStylesheets().add(getClass().getResource("/css/duplicates.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsThePassagesComparesTheSelectedOneAndOpensTheOther(FxRobot robot) {
        assertEquals("duplicates", panel.id());
        assertEquals("Duplicates", panel.title());
        robot.interact(() -> panel.show(new LoadedArticle(1, Pipeline.standard().analyze(Samples.doc(Samples.S000)))));
        ListView<?> list = robot.lookup(".list-view").queryAs(ListView.class);
        assertEquals(2, list.getItems().size(), "the recycled sentence, and the footer collapsed into one template line");
        List<Highlight> highlights = host.layers.get("duplicates");
        assertEquals(4, highlights.size());
        assertEquals(List.of("dup-near", "dup-boilerplate", "dup-boilerplate", "dup-boilerplate"),
                highlights.stream().map(Highlight::styleClass).toList());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".dup-row-boilerplate").queryAll().size(), "the template line is muted, not hidden");
        assertEquals(1, robot.lookup(".dup-badge-near").queryAll().size());

        javafx.scene.Node hint = robot.lookup(".duplicates-pick-hint").query();
        javafx.scene.Node compare = robot.lookup(".duplicates-compare").query();
        assertTrue(hint.isVisible(), "before a pick: a hint, not two empty boxes");
        assertTrue(!compare.isVisible());

        robot.interact(() -> list.getSelectionModel().select(0));
        assertTrue(!hint.isVisible() && compare.isVisible(), "a picked passage is shown side by side");
        Match near = panel.model().rows().get(0).match();
        assertTrue(host.revealed.contains(new Span(near.duplicate().start(), near.duplicate().end())), host.revealed.toString());
        TextFlow left = robot.lookup(".duplicates-this").queryAs(TextFlow.class);
        StringBuilder shown = new StringBuilder();
        int changed = 0;
        for (var n : left.getChildren()) {
            Text t = (Text) n;
            shown.append(t.getText());
            if (t.getStyleClass().contains("dup-diff-changed")) changed++;
        }
        assertEquals(near.passage(), shown.toString());
        assertTrue(changed > 0);

        Hyperlink other = robot.lookup(".duplicates-side-title").match(n -> n instanceof Hyperlink).queryAs(Hyperlink.class);
        assertEquals("Sample 003", other.getText());
        robot.interact(other::fire);
        assertArrayEquals(new long[]{4, near.duplicate().otherStart(), near.duplicate().otherEnd()},
                host.opened.get(host.opened.size() - 1));
    }
}

package org.sourcelight.ui.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.model.Span;
import org.sourcelight.store.Database;
import org.sourcelight.testsupport.fx.Fx;
import org.sourcelight.testsupport.fx.RecordingPanelHost;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.sourcelight.ui.task.TaskRunner;

/** The panel on the (headless) FX thread with a recording host: highlights reach the host, a click reveals. */
class AssertionsPanelTest {
    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
        return Fx.on(work::get);
    }

    @Test
    void showsFindingsFeedsTheHighlightLayerAndRevealsOnClick() throws Exception {
        RecordingPanelHost host = new RecordingPanelHost();
        Database db = Database.inMemory();
        TextDocument d = Samples.doc(Samples.S002);
        LoadedArticle article = new LoadedArticle(1, new ArticleAnalysis(d, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), AssertionDetector.standard().detect(d, List.of())));
        AssertionsPanel panel = onFx(() -> {
            org.sourcelight.library.WordListEdits lexicons = new org.sourcelight.library.WordListEdits(db);
            AssertionsPanel p = new AssertionsPanel(host, new AssertionsViewModel(host.tasks(), lexicons), lexicons);
            Fx.styledScene((javafx.scene.Parent) p.view(), 420, 600);
            p.show(article);
            p.view().applyCss();
            ((javafx.scene.Parent) p.view()).layout();
            return p;
        });
        assertEquals("assertions", panel.id());
        assertEquals("Assertions", panel.title());
        List<Highlight> layer = host.layers.get("assertions");
        assertFalse(layer.isEmpty());
        assertTrue(layer.stream().anyMatch(h -> h.styleClass().equals("assert-trigger-loaded-language")));
        Span first = onFx(() -> {
            ListView<?> list = (ListView<?>) panel.view().lookup(".assertions-list");
            list.getSelectionModel().select(1); // row 0 is the "High" heading
            return host.revealed.get(0);
        });
        assertTrue(d.text().startsWith("The US and its allies invaded Syria", first.start()), d.text().substring(first.start(), first.end()));
        int filters = onFx(() -> panel.view().lookupAll(".assertions-filter").size());
        assertEquals(8, filters, "All and one per reason");
        String label = onFx(() -> ((ToggleButton) panel.view().lookup(".assert-trigger-vague-attribution-key")).getText());
        assertEquals("Vague source (1)", label);
        db.close();
    }
}

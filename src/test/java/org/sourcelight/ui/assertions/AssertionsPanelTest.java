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
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.sourcelight.ui.task.TaskRunner;

/** The panel on the (headless) FX thread with a recording host: highlights reach the host, a click reveals. */
class AssertionsPanelTest {
    @BeforeAll
    static void startFx() throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        assertTrue(up.await(10, TimeUnit.SECONDS));
    }

    private static final class RecordingHost implements PanelHost {
        final Database db = Database.inMemory();
        final Map<String, List<Highlight>> layers = new ConcurrentHashMap<>();
        final List<Span> revealed = new ArrayList<>();

        @Override public void reveal(int start, int end) { revealed.add(new Span(start, end)); }
        @Override public void setHighlights(String layer, List<Highlight> h) { layers.put(layer, h); }
        @Override public void openArticle(long articleId, int start, int end) {}
        @Override public Optional<Span> selection() { return Optional.empty(); }
        @Override public void reanalyze() {}
        @Override public void notify(String message) {}
        @Override public Database database() { return db; }
        @Override public TaskRunner tasks() { return new SyncTaskRunner(); }
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Throwable> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(work.get());
            } catch (Throwable t) {
                err.set(t);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(20, TimeUnit.SECONDS));
        if (err.get() != null) throw new AssertionError(err.get());
        return out.get();
    }

    @Test
    void showsFindingsFeedsTheHighlightLayerAndRevealsOnClick() throws Exception {
        RecordingHost host = new RecordingHost();
        TextDocument d = Samples.doc(Samples.S002);
        LoadedArticle article = new LoadedArticle(1, new ArticleAnalysis(d, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), AssertionDetector.standard().detect(d, List.of())));
        AssertionsPanel panel = onFx(() -> {
            AssertionsPanel p = new AssertionsPanel(host);
            Scene scene = new Scene((javafx.scene.Parent) p.view(), 420, 600);
            scene.getStylesheets().add(AssertionsPanel.class.getResource("/css/assertions.css").toExternalForm());
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
        host.db.close();
    }
}

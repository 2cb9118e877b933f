package org.sourcelight.testsupport.fx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sourcelight.model.Span;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.sourcelight.ui.task.TaskRunner;

/**
 * A {@link PanelHost} for panel tests: records the layers, reveals, opened articles, messages and re-analyses the
 * panel asks for, runs tasks at once, and returns the selection a test sets.
 */
public class RecordingPanelHost implements PanelHost {
    public final Map<String, List<Highlight>> layers = new ConcurrentHashMap<>();
    public final List<Span> revealed = new CopyOnWriteArrayList<>();
    public final List<long[]> opened = new CopyOnWriteArrayList<>();
    public final List<String> messages = new CopyOnWriteArrayList<>();
    public volatile int reanalyzed;
    public volatile Span selection;
    private final TaskRunner tasks;

    public RecordingPanelHost() {
        this(new SyncTaskRunner());
    }

    public RecordingPanelHost(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override public void reveal(int start, int end) { revealed.add(new Span(start, end)); }

    @Override public void setHighlights(String layer, List<Highlight> h) { layers.put(layer, List.copyOf(h)); }

    @Override public void openArticle(long articleId, int start, int end) { opened.add(new long[]{articleId, start, end}); }

    @Override public Optional<Span> selection() { return Optional.ofNullable(selection); }

    @Override public void reanalyze() { reanalyzed++; }

    @Override public void notify(String message) { messages.add(message); }

    @Override public TaskRunner tasks() { return tasks; }

}

package org.sourcelight.ui.panel;

import java.util.List;
import java.util.Optional;
import org.sourcelight.model.Span;
import org.sourcelight.ui.task.TaskRunner;

/**
 * What the reader window offers the panels beside the article. All methods are called on the FX thread. The host
 * gives no services: each panel's ViewModel receives the ones it needs through its constructor (see
 * {@code SourcelightApp.panelFactories}).
 */
public interface PanelHost {
    /** Scrolls the article view to the range and selects it briefly. */
    void reveal(int start, int end);

    /** Replaces the panel's own highlight layer ({@code layer} is the panel's id). Layers are drawn together. */
    void setHighlights(String layer, List<Highlight> highlights);

    /** Opens another article of the library and reveals a range of it. */
    void openArticle(long articleId, int start, int end);

    /** The current text selection of the article view, if any. */
    Optional<Span> selection();

    /** Re-runs the analysis of the open article (after the reader edited a lexicon or an outlet). */
    void reanalyze();

    /** Shows a short message in the status bar. */
    void notify(String message);

    TaskRunner tasks();
}

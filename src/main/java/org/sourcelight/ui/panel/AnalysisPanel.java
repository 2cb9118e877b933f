package org.sourcelight.ui.panel;

import javafx.scene.Node;

/**
 * A panel in the reader's side area: a View over a ViewModel. The host calls {@link #show} on the FX thread with each
 * newly analysed article (or null when none is open); the panel updates its ViewModel and its highlight layer.
 */
public interface AnalysisPanel {
    /** Stable id, also the panel's highlight layer name ("sources", "outlets", "duplicates", "assertions", "notes"). */
    String id();

    /** Tab title. */
    String title();

    Node view();

    void show(LoadedArticle article);
}

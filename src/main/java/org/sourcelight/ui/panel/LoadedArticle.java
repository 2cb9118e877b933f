package org.sourcelight.ui.panel;

import org.sourcelight.analysis.ArticleAnalysis;

/** The article open in the reader: its library id (or -1 when not stored) and its analysis. */
public record LoadedArticle(long id, ArticleAnalysis analysis) {
    public String text() { return analysis.document().text(); }
}

package org.sourcelight.ui.panel;

import org.sourcelight.model.Span;

/**
 * A styled range of the article view. {@code styleClass} is a CSS class from {@code resources/css/sourcelight.css};
 * {@code tooltip} is shown when hovering it (may be empty).
 */
public record Highlight(int start, int end, String styleClass, String tooltip) {
    public Highlight {
        Span.check(start, end);
        if (styleClass == null || styleClass.isBlank()) throw new IllegalArgumentException("styleClass");
        tooltip = tooltip == null ? "" : tooltip;
    }
}

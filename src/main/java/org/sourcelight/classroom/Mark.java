package org.sourcelight.classroom;

import org.sourcelight.model.Span;

/**
 * A student's mark: a range of one lesson article's normalized text, what the student thinks it is, and an optional
 * note ("she is a spokeswoman, so this is official").
 *
 * @param article index of the article in the lesson (0-based)
 */
public record Mark(int article, Category category, int start, int end, String note) {
    public Mark {
        if (article < 0) throw new IllegalArgumentException("article < 0");
        if (category == null) throw new IllegalArgumentException("category");
        Span.check(start, end);
        if (start == end) throw new IllegalArgumentException("a mark cannot be empty");
        note = note == null ? "" : note;
    }

    public Span span() { return new Span(start, end); }
}

package org.sourcelight.model;

/**
 * Text between quotation marks. {@code [start, end)} includes the marks, {@code [contentStart, contentEnd)}
 * is the quoted words. {@code closed} is false when the closing mark is missing (best effort: the quote runs to
 * the end of its paragraph). {@code continued} is true when the quote continues a quote of the previous paragraph
 * (the typographic convention of reopening without closing).
 */
public record QuoteSpan(int start, int end, int contentStart, int contentEnd, boolean closed, boolean continued) {
    public QuoteSpan {
        Span.check(start, end);
        Span.check(contentStart, contentEnd);
        if (contentStart < start || contentEnd > end) throw new IllegalArgumentException("content outside quote");
    }

    public Span span() { return new Span(start, end); }

    public Span content() { return new Span(contentStart, contentEnd); }
}

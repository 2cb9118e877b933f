package org.sourcelight.model;

/**
 * Where a piece of text sits, stored the way the W3C Web Annotation model does: a TextPositionSelector
 * ({@code start}, {@code end}, half-open UTF-16 offsets into the normalized text) and a TextQuoteSelector
 * ({@code exact} text with up to {@link #CONTEXT} characters of {@code prefix} before and {@code suffix} after).
 * With both, the text can be found again after the article's text changes.
 */
public record TextAnchor(int start, int end, String exact, String prefix, String suffix) {
    /** Characters of context kept on each side of the quote. */
    public static final int CONTEXT = 32;

    public TextAnchor {
        Span.check(start, end);
        if (exact == null || exact.isEmpty()) throw new IllegalArgumentException("exact must not be empty");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The anchor of {@code [start, end)} in {@code text}, with its context. */
    public static TextAnchor of(String text, int start, int end) {
        Span.check(start, end);
        if (end > text.length()) throw new IllegalArgumentException("end beyond text: " + end + " > " + text.length());
        if (start == end) throw new IllegalArgumentException("an anchor needs at least one character");
        return new TextAnchor(start, end, text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }

    /** The same quote placed at another range. */
    public TextAnchor at(int newStart, int newEnd) {
        return new TextAnchor(newStart, newEnd, exact, prefix, suffix);
    }
}

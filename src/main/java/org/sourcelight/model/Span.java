package org.sourcelight.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's normalized text.
 * Validated on construction, like OpenNLP's {@code Span}.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        check(start, end);
    }

    /** Throws if {@code [start, end)} is not a valid half-open range. Shared by every offset-carrying record. */
    public static void check(int start, int end) {
        if (start < 0) throw new IllegalArgumentException("start < 0: " + start);
        if (end < start) throw new IllegalArgumentException("end < start: [" + start + ", " + end + ")");
    }

    public int length() { return end - start; }

    public boolean isEmpty() { return start == end; }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public boolean contains(Span other) { return other.start >= start && other.end <= end; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}

package org.sourcelight.model;

/** A sentence of a body block, {@code [start, end)} without trailing white space. */
public record Sentence(int index, int start, int end, int paragraph, BlockKind blockKind) {
    public Sentence {
        Span.check(start, end);
        if (index < 0 || paragraph < 0) throw new IllegalArgumentException("negative index");
    }

    public Span span() { return new Span(start, end); }
}

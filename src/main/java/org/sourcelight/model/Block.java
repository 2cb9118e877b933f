package org.sourcelight.model;

/** A typed run of the normalized text: one paragraph, or a part of one (a dateline at a paragraph's start). */
public record Block(BlockKind kind, int start, int end, int paragraph) {
    public Block {
        if (kind == null) throw new IllegalArgumentException("kind");
        Span.check(start, end);
        if (paragraph < 0) throw new IllegalArgumentException("paragraph < 0");
    }

    public Span span() { return new Span(start, end); }
}

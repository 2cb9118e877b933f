package org.sourcelight.model;

/** The words inside a sentence that made it a finding, and why. */
public record Trigger(int start, int end, String reason, String term) {
    public Trigger {
        Span.check(start, end);
        if (reason == null) throw new IllegalArgumentException("reason");
        term = term == null ? "" : term;
    }

    public Span span() { return new Span(start, end); }
}

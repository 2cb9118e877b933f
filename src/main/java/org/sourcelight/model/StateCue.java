package org.sourcelight.model;

/** An in-text phrase that says an outlet is state-run ("state-run news agency", "official", "semi-official"). */
public record StateCue(int start, int end, String cue, String explanation) {
    public StateCue {
        Span.check(start, end);
    }

    public Span span() { return new Span(start, end); }
}

package org.sourcelight.analysis.sources;

/** A half-open range {@code [start, end)} of token indices of one block (a speaker phrase, a cue, a role). */
record TokenRange(int start, int end) {
    TokenRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
    }

    boolean isEmpty() { return start == end; }
}

package org.sourcelight.analysis;

/** Thrown when the thread analysing an article was interrupted (the reader cancelled, or the file's time ran out). */
public final class AnalysisCancelledException extends RuntimeException {
    public AnalysisCancelledException() {
        super("analysis cancelled", null, false, false);
    }
}

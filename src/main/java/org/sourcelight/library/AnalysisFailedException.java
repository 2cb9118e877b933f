package org.sourcelight.library;

/** An article could not be analysed in its budget (too long, too much memory) or the reader cancelled it. */
public final class AnalysisFailedException extends RuntimeException {
    public AnalysisFailedException(String message) {
        super(message);
    }
}

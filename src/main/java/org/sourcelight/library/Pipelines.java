package org.sourcelight.library;

import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.store.Database;
import org.sourcelight.store.LexiconRepository;
import org.sourcelight.store.OutletRepository;

/**
 * Builds the analysis pipeline with the reader's own settings from the library: the word lists with the reader's
 * edits (one {@link org.sourcelight.text.LexiconSet} for every step and the document builder) and the outlet
 * registry with the reader's corrections.
 */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline forDatabase(Database db) {
        OutletRegistry registry = new OutletRepository(db).registry(OutletRegistry.shipped());
        return Pipeline.of(new LexiconRepository(db).lexiconSet(), registry);
    }
}

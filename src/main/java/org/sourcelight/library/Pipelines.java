package org.sourcelight.library;

import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.store.OutletRepository;
import org.sourcelight.store.Database;
import org.sourcelight.store.LexiconRepository;

/** Builds the analysis pipeline with the reader's own settings from the library (word lists, outlet corrections). */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline forDatabase(Database db) {
        Pipeline std = Pipeline.standard();
        OutletRegistry registry = new OutletRepository(db).registry(OutletRegistry.shipped());
        return new Pipeline(std.sources(), new OutletAnalyzer(registry),
                new AssertionDetector(new LexiconRepository(db).lexicons()), std.duplicates());
    }
}

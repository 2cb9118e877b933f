package org.sourcelight.analysis;

import java.util.List;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.model.Duplicate;
import org.sourcelight.text.TextDocument;

/**
 * Passages repeated inside the article ({@link DuplicateFinder#within}). When the caller already found the
 * duplicates (across a batch, or against the library) it gives them as input and this step does not run.
 */
public final class DuplicatesStep implements AnalysisStep<List<Duplicate>> {
    private final DuplicateFinder finder;

    public DuplicatesStep(DuplicateFinder finder) { this.finder = finder; }

    public DuplicateFinder finder() { return finder; }

    @Override public ResultKey<List<Duplicate>> produces() { return StepResults.DUPLICATES; }

    @Override public List<ResultKey<?>> reads() { return List.of(); }

    @Override public List<Duplicate> run(TextDocument doc, StepResults earlier) { return List.copyOf(finder.within(doc)); }
}

package org.sourcelight.analysis;

import java.util.List;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/** Finds who is quoted or cited ({@link SourceExtractor}). Reads nothing earlier. */
public final class SourcesStep implements AnalysisStep<List<Source>> {
    private final SourceExtractor extractor;

    public SourcesStep(SourceExtractor extractor) { this.extractor = extractor; }

    public SourceExtractor extractor() { return extractor; }

    @Override public ResultKey<List<Source>> produces() { return StepResults.SOURCES; }

    @Override public List<ResultKey<?>> reads() { return List.of(); }

    @Override public List<Source> run(TextDocument doc, StepResults earlier) { return List.copyOf(extractor.extract(doc)); }
}

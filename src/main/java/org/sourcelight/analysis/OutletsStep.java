package org.sourcelight.analysis;

import java.util.List;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.text.TextDocument;

/** Publisher, cited outlets, state cues and provenance chains ({@link OutletAnalyzer}). Reads the sources. */
public final class OutletsStep implements AnalysisStep<OutletAnalyzer.Result> {
    private final OutletAnalyzer analyzer;

    public OutletsStep(OutletAnalyzer analyzer) { this.analyzer = analyzer; }

    public OutletAnalyzer analyzer() { return analyzer; }

    @Override public ResultKey<OutletAnalyzer.Result> produces() { return StepResults.OUTLETS; }

    @Override public List<ResultKey<?>> reads() { return List.of(StepResults.SOURCES); }

    @Override
    public OutletAnalyzer.Result run(TextDocument doc, StepResults earlier) {
        return analyzer.analyze(doc, earlier.get(StepResults.SOURCES), earlier.find(StepResults.PUBLISHER));
    }
}

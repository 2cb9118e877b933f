package org.sourcelight.analysis;

import java.util.List;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.model.Assertion;
import org.sourcelight.text.TextDocument;

/** Sentences to question ({@link AssertionDetector}). Reads the sources (a quoted speaker attributes a sentence). */
public final class AssertionsStep implements AnalysisStep<List<Assertion>> {
    private final AssertionDetector detector;

    public AssertionsStep(AssertionDetector detector) { this.detector = detector; }

    public AssertionDetector detector() { return detector; }

    @Override public ResultKey<List<Assertion>> produces() { return StepResults.ASSERTIONS; }

    @Override public List<ResultKey<?>> reads() { return List.of(StepResults.SOURCES); }

    @Override
    public List<Assertion> run(TextDocument doc, StepResults earlier) {
        return List.copyOf(detector.detect(doc, earlier.get(StepResults.SOURCES)));
    }
}

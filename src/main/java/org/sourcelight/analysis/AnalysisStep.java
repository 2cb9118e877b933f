package org.sourcelight.analysis;

import org.sourcelight.text.TextDocument;

/**
 * One step of the analysis, like a CoreNLP annotator: it reads the document and the results of the steps before it
 * and returns one immutable result under its {@link #produces() key}. A step is deterministic, keeps no state
 * between calls and is safe to call from several threads at once. Steps are composed into a {@link Pipeline}.
 *
 * @param <R> the immutable result type
 */
public interface AnalysisStep<R> {
    /** The key the result is stored under; later steps read it with {@link StepResults#get}. */
    ResultKey<R> produces();

    /** The keys this step reads from earlier steps (the pipeline checks they come first). */
    java.util.List<ResultKey<?>> reads();

    /** Runs the step. {@code earlier} holds the results of the steps before it and the caller's inputs. */
    R run(TextDocument doc, StepResults earlier);
}

package org.sourcelight.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Source;

/**
 * The results of the steps run so far for one document, by key, plus the caller's inputs. Immutable:
 * {@link #with} returns a copy.
 */
public final class StepResults {
    /** Who is quoted or cited: {@code List<Source>}. */
    public static final ResultKey<List<Source>> SOURCES = new ResultKey<>("sources", List.class, "Sources", List.of());
    /** Publisher, cited outlets, state cues and provenance chains. */
    public static final ResultKey<OutletAnalyzer.Result> OUTLETS = new ResultKey<>("outlets", OutletAnalyzer.Result.class,
            "Provenance", new OutletAnalyzer.Result(null, List.of(), List.of(), List.of()));
    /** Sentences to question: {@code List<Assertion>}. */
    public static final ResultKey<List<Assertion>> ASSERTIONS = new ResultKey<>("assertions", List.class, "Assertions", List.of());
    /** Repeated passages: {@code List<Duplicate>} (inside the article, or also across a batch or the library). */
    public static final ResultKey<List<Duplicate>> DUPLICATES = new ResultKey<>("duplicates", List.class, "Duplicates", List.of());
    /** Input: the publisher the reader set for the article; absent means "detect it". */
    public static final ResultKey<ArticleOutlet> PUBLISHER = new ResultKey<>("publisher", ArticleOutlet.class);

    private static final StepResults EMPTY = new StepResults(Map.of(), List.of());

    private final Map<String, Object> values;
    private final List<String> problems;

    private StepResults(Map<String, Object> values, List<String> problems) {
        this.values = values;
        this.problems = problems;
    }

    public static StepResults empty() { return EMPTY; }

    /** A copy with {@code value} stored under {@code key} (a null value stores nothing). */
    public <R> StepResults with(ResultKey<R> key, R value) {
        if (value == null) return this;
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key.name(), key.cast(value));
        return new StepResults(Collections.unmodifiableMap(m), problems);
    }

    /** A copy with one more problem line for the reader (a step that failed for this article). */
    public StepResults withProblem(String line) {
        List<String> p = new java.util.ArrayList<>(problems);
        p.add(line);
        return new StepResults(values, List.copyOf(p));
    }

    /** What went wrong for this article, one plain line per failed step (empty when all ran). */
    public List<String> problems() { return problems; }

    public boolean has(ResultKey<?> key) { return values.containsKey(key.name()); }

    /** The value under {@code key}; throws when no earlier step produced it. */
    public <R> R get(ResultKey<R> key) {
        Object v = values.get(key.name());
        if (v == null) throw new IllegalStateException("no result " + key.name() + " yet: list its step earlier");
        return key.cast(v);
    }

    /** The value under {@code key}, or null. */
    public <R> R find(ResultKey<R> key) {
        Object v = values.get(key.name());
        return v == null ? null : key.cast(v);
    }
}

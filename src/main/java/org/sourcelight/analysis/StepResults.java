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
    public static final ResultKey<List<Source>> SOURCES = new ResultKey<>("sources", List.class);
    /** Publisher, cited outlets, state cues and provenance chains. */
    public static final ResultKey<OutletAnalyzer.Result> OUTLETS = new ResultKey<>("outlets", OutletAnalyzer.Result.class);
    /** Sentences to question: {@code List<Assertion>}. */
    public static final ResultKey<List<Assertion>> ASSERTIONS = new ResultKey<>("assertions", List.class);
    /** Repeated passages: {@code List<Duplicate>} (inside the article, or also across a batch or the library). */
    public static final ResultKey<List<Duplicate>> DUPLICATES = new ResultKey<>("duplicates", List.class);
    /** Input: the publisher the reader set for the article; absent means "detect it". */
    public static final ResultKey<ArticleOutlet> PUBLISHER = new ResultKey<>("publisher", ArticleOutlet.class);

    private static final StepResults EMPTY = new StepResults(Map.of());

    private final Map<String, Object> values;

    private StepResults(Map<String, Object> values) { this.values = values; }

    public static StepResults empty() { return EMPTY; }

    /** A copy with {@code value} stored under {@code key} (a null value stores nothing). */
    public <R> StepResults with(ResultKey<R> key, R value) {
        if (value == null) return this;
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key.name(), key.cast(value));
        return new StepResults(Collections.unmodifiableMap(m));
    }

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

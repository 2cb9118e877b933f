package org.sourcelight.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

/**
 * The analysis as a list of {@link AnalysisStep}s run in order over a {@link TextDocument}, each reading the results
 * of the steps before it (CoreNLP's annotator pipeline is the model). The standard list is sources → outlets →
 * assertions → duplicates: outlets and assertions read who is speaking. Built from one {@link LexiconSet}, so the
 * reader's word-list edits reach every step, and it carries the {@link DocumentBuilder} made from the same lists.
 * Deterministic, stateless and thread-safe.
 */
public final class Pipeline {
    /** Changes whenever any analyser's output may change; cached results of another version are recomputed. */
    public static final String VERSION = "S" + SourceExtractor.VERSION + ".O" + OutletAnalyzer.VERSION
            + ".A" + AssertionDetector.VERSION + ".D" + DuplicateFinder.VERSION;

    private final DocumentBuilder builder;
    private final List<AnalysisStep<?>> steps;
    private final SourcesStep sources;
    private final OutletsStep outlets;
    private final AssertionsStep assertions;
    private final DuplicatesStep duplicates;

    /**
     * @param steps run in this order; must include the four standard steps (an {@link ArticleAnalysis} needs their
     *              results), each step's {@link AnalysisStep#reads() reads} produced by an earlier one or an input
     */
    public Pipeline(DocumentBuilder builder, List<AnalysisStep<?>> steps) {
        this.builder = builder;
        this.steps = List.copyOf(steps);
        Set<String> seen = new HashSet<>(Set.of(StepResults.PUBLISHER.name()));
        for (AnalysisStep<?> s : this.steps) {
            for (ResultKey<?> k : s.reads()) {
                if (!seen.contains(k.name())) throw new IllegalArgumentException(s.produces().name() + " reads " + k.name() + " before it is produced");
            }
            if (!seen.add(s.produces().name())) throw new IllegalArgumentException("two steps produce " + s.produces().name());
        }
        this.sources = find(SourcesStep.class);
        this.outlets = find(OutletsStep.class);
        this.assertions = find(AssertionsStep.class);
        this.duplicates = find(DuplicatesStep.class);
    }

    /** The standard steps over the given analysers. */
    public Pipeline(SourceExtractor sources, OutletAnalyzer outlets, AssertionDetector assertions, DuplicateFinder duplicates) {
        this(DocumentBuilder.standard(), standardSteps(sources, outlets, assertions, duplicates));
    }

    private static List<AnalysisStep<?>> standardSteps(SourceExtractor s, OutletAnalyzer o, AssertionDetector a, DuplicateFinder d) {
        return List.of(new SourcesStep(s), new OutletsStep(o), new AssertionsStep(a), new DuplicatesStep(d));
    }

    /**
     * The standard pipeline over one lexicon set and an outlet registry (read with the same lists). The registry
     * (with the reader's own entries) reaches both the outlets step and the sources step, which grades an outlet
     * that speaks as media by the registry's {@link OutletRegistry#speakerNames() names}.
     */
    public static Pipeline of(LexiconSet lexicons, OutletRegistry registry) {
        OutletRegistry r = registry.withLexicons(lexicons);
        if (lexicons.equals(LexiconSet.shipped())) {
            Pipeline std = standard();
            if (r == OutletRegistry.shipped()) return std;
            return new Pipeline(std.builder(), standardSteps(new SourceExtractor(lexicons, r.speakerNames()),
                    new OutletAnalyzer(r), std.assertions(), std.duplicates()));
        }
        return new Pipeline(DocumentBuilder.of(lexicons), standardSteps(new SourceExtractor(lexicons, r.speakerNames()),
                new OutletAnalyzer(r), new AssertionDetector(Lexicons.of(lexicons)), new DuplicateFinder(lexicons)));
    }

    private static final class Shipped {
        static final Pipeline PIPELINE = new Pipeline(DocumentBuilder.standard(), standardSteps(SourceExtractor.standard(),
                OutletAnalyzer.standard(), AssertionDetector.standard(), DuplicateFinder.standard()));
    }

    /** The pipeline with the shipped word lists and registry (built once). */
    public static Pipeline standard() { return Shipped.PIPELINE; }

    private <T> T find(Class<T> type) {
        for (AnalysisStep<?> s : steps) if (type.isInstance(s)) return type.cast(s);
        throw new IllegalArgumentException("a pipeline needs a " + type.getSimpleName());
    }

    /** Builds documents with the same word lists as the steps (abbreviations, footers, role nouns). */
    public DocumentBuilder builder() { return builder; }

    public List<AnalysisStep<?>> steps() { return steps; }

    public SourceExtractor sources() { return sources.extractor(); }

    public OutletAnalyzer outlets() { return outlets.analyzer(); }

    public AssertionDetector assertions() { return assertions.detector(); }

    public DuplicateFinder duplicates() { return duplicates.finder(); }

    /** Analyses one article on its own (repeats inside it only). */
    public ArticleAnalysis analyze(TextDocument doc) {
        return analyze(doc, null, null);
    }

    /** Analyses one article whose publisher the reader has set ({@code publisher} null: detect it). */
    public ArticleAnalysis analyze(TextDocument doc, ArticleOutlet publisher) {
        return analyze(doc, null, publisher);
    }

    /**
     * Analyses one article with duplicated passages found elsewhere (e.g. against the reader's library; null: find
     * the repeats inside it) and the reader's choice of publisher ({@code publisher} null: detect it).
     */
    public ArticleAnalysis analyze(TextDocument doc, List<Duplicate> dups, ArticleOutlet publisher) {
        StepResults r = StepResults.empty().with(StepResults.PUBLISHER, publisher)
                .with(StepResults.DUPLICATES, dups == null ? null : List.copyOf(dups));
        return assemble(doc, run(doc, r));
    }

    /**
     * Runs every step whose result is not given in {@code given}, in order. A step that throws for this article
     * (a bug meeting unusual text) gets its empty result and one problem line, and the later steps still run: one
     * failure never empties the whole report. An interrupted thread stops between steps.
     */
    public StepResults run(TextDocument doc, StepResults given) {
        StepResults r = given;
        for (AnalysisStep<?> s : steps) {
            if (Thread.currentThread().isInterrupted()) throw new AnalysisCancelledException();
            if (!r.has(s.produces())) r = runOne(s, doc, r);
        }
        return r;
    }

    private static <R> StepResults runOne(AnalysisStep<R> step, TextDocument doc, StepResults r) {
        try {
            return r.with(step.produces(), step.run(doc, r));
        } catch (AnalysisCancelledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            ResultKey<R> k = step.produces();
            return r.with(k, k.empty()).withProblem("The " + k.panel() + " analysis failed on this article ("
                    + e.getClass().getSimpleName() + where(e) + "); its panel is empty, the others are shown.");
        }
    }

    /** The analyser's frame the failure came from, for a bug report ("at ProvenanceFinder.chains:63"). */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.sourcelight.")) {
                String c = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                return " at " + c + "." + f.getMethodName() + ":" + f.getLineNumber();
            }
        }
        return "";
    }

    /** The analysis of a document from the results of every step (and the problems of those that failed). */
    public static ArticleAnalysis assemble(TextDocument doc, StepResults r) {
        OutletAnalyzer.Result o = r.get(StepResults.OUTLETS);
        return new ArticleAnalysis(doc, r.get(StepResults.SOURCES), o.publisher(), o.cited(), o.cues(), o.chains(),
                r.get(StepResults.DUPLICATES), r.get(StepResults.ASSERTIONS), r.problems());
    }

    /** Analyses several articles together, so that passages shared between them are found. */
    public List<ArticleAnalysis> analyzeAll(List<DuplicateFinder.Named> docs) {
        List<List<Duplicate>> dups = duplicates().across(docs);
        List<ArticleAnalysis> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) out.add(analyze(docs.get(i).doc(), dups.get(i), null));
        return out;
    }
}

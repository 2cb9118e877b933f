package org.sourcelight.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Runs the analysers over a {@link TextDocument} in dependency order: sources first (outlets and assertions read
 * who is speaking), then outlets, assertions and repeats. Deterministic, stateless and thread-safe.
 */
public final class Pipeline {
    /** Changes whenever any analyser's output may change; cached results of another version are recomputed. */
    public static final String VERSION = "S" + SourceExtractor.VERSION + ".O" + OutletAnalyzer.VERSION
            + ".A" + AssertionDetector.VERSION + ".D" + DuplicateFinder.VERSION;

    private final SourceExtractor sources;
    private final OutletAnalyzer outlets;
    private final AssertionDetector assertions;
    private final DuplicateFinder duplicates;

    public Pipeline(SourceExtractor sources, OutletAnalyzer outlets, AssertionDetector assertions, DuplicateFinder duplicates) {
        this.sources = sources;
        this.outlets = outlets;
        this.assertions = assertions;
        this.duplicates = duplicates;
    }

    public static Pipeline standard() {
        return new Pipeline(SourceExtractor.standard(), OutletAnalyzer.standard(), AssertionDetector.standard(),
                DuplicateFinder.standard());
    }

    public SourceExtractor sources() { return sources; }

    public OutletAnalyzer outlets() { return outlets; }

    public AssertionDetector assertions() { return assertions; }

    public DuplicateFinder duplicates() { return duplicates; }

    /** Analyses one article on its own (repeats inside it only). */
    public ArticleAnalysis analyze(TextDocument doc) {
        return analyze(doc, duplicates.within(doc), null);
    }

    /** Analyses one article whose publisher the reader has set ({@code publisher} null: detect it). */
    public ArticleAnalysis analyze(TextDocument doc, ArticleOutlet publisher) {
        return analyze(doc, duplicates.within(doc), publisher);
    }

    /**
     * Analyses one article with duplicated passages found elsewhere (e.g. against the reader's library) and the
     * reader's choice of publisher ({@code publisher} null: detect it).
     */
    public ArticleAnalysis analyze(TextDocument doc, List<Duplicate> dups, ArticleOutlet publisher) {
        List<Source> s = sources.extract(doc);
        OutletAnalyzer.Result o = outlets.analyze(doc, s, publisher);
        return new ArticleAnalysis(doc, s, o.publisher(), o.cited(), o.cues(), o.chains(), dups,
                assertions.detect(doc, s));
    }

    /** Analyses several articles together, so that passages shared between them are found. */
    public List<ArticleAnalysis> analyzeAll(List<DuplicateFinder.Named> docs) {
        List<List<Duplicate>> dups = duplicates.across(docs);
        List<ArticleAnalysis> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) out.add(analyze(docs.get(i).doc(), dups.get(i), null));
        return out;
    }
}

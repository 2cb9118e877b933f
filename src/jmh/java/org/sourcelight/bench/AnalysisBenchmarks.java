package org.sourcelight.bench;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Source;
import org.sourcelight.report.JsonReport;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;
import org.sourcelight.text.Tokens;

/**
 * The analysis stages one at a time, on one thread, each operation covering all five sample articles (about 20,000
 * characters: divide by the time per operation for MB/s). Replaces the hand-timed loops that used to ship in
 * {@code cli/bench}. Run: {@code mvn -Pjmh test-compile exec:exec} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmarks {
    List<String> texts;
    List<TextDocument> docs;
    List<List<Source>> sources;
    List<DuplicateFinder.Named> named;
    List<JsonReport.Entry> entries;
    final DocumentBuilder builder = DocumentBuilder.standard();
    final SourceExtractor extractor = SourceExtractor.standard();
    final OutletAnalyzer outlets = OutletAnalyzer.standard();
    final AssertionDetector assertions = AssertionDetector.standard();
    final DuplicateFinder duplicates = DuplicateFinder.standard();
    final Pipeline pipeline = Pipeline.standard();

    @Setup
    public void setUp() {
        texts = Texts.samples();
        docs = new ArrayList<>();
        sources = new ArrayList<>();
        named = new ArrayList<>();
        entries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            TextDocument d = builder.build(texts.get(i), ArticleMeta.empty());
            docs.add(d);
            sources.add(extractor.extract(d));
            named.add(new DuplicateFinder.Named(null, "sample " + i, d));
        }
        List<ArticleAnalysis> all = pipeline.analyzeAll(named);
        for (int i = 0; i < all.size(); i++) entries.add(new JsonReport.Entry("sample " + i, all.get(i)));
    }

    @Benchmark
    public void documentBuilding(Blackhole bh) {
        for (String t : texts) bh.consume(builder.build(t, ArticleMeta.empty()));
    }

    /** The shared tokenization (built once per document in the pipeline; here afresh each time). */
    @Benchmark
    public void tokens(Blackhole bh) {
        for (TextDocument d : docs) {
            Tokens t = Tokens.of(d.text());
            for (int i = 0; i < t.size(); i++) if (t.isWord(i)) bh.consume(t.lower(i));
        }
    }

    @Benchmark
    public void sources(Blackhole bh) {
        for (TextDocument d : docs) bh.consume(extractor.extract(d));
    }

    @Benchmark
    public void outlets(Blackhole bh) {
        for (int i = 0; i < docs.size(); i++) bh.consume(outlets.analyze(docs.get(i), sources.get(i)));
    }

    /** Registry names and aliases (Aho–Corasick over about 1,000 outlets) matched against the text alone. */
    @Benchmark
    public void outletNameMatching(Blackhole bh) {
        for (TextDocument d : docs) bh.consume(outlets.countNameMatches(d.text()));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public OutletRegistry outletRegistryLoadCold() {
        return OutletRegistry.load();
    }

    @Benchmark
    public void assertions(Blackhole bh) {
        for (int i = 0; i < docs.size(); i++) bh.consume(assertions.detect(docs.get(i), sources.get(i)));
    }

    @Benchmark
    public void duplicatesWithin(Blackhole bh) {
        for (TextDocument d : docs) bh.consume(duplicates.within(d));
    }

    @Benchmark
    public Object duplicatesAcrossFiveArticles() {
        return duplicates.across(named);
    }

    /** Every analyser on one article at a time, from a built document (what a worker thread does per file). */
    @Benchmark
    public void pipelinePerArticle(Blackhole bh) {
        for (TextDocument d : docs) bh.consume(pipeline.analyze(d));
    }

    @Benchmark
    public int jsonWriting() {
        StringWriter w = new StringWriter();
        new JsonReport(false).write(entries, w);
        return w.getBuffer().length();
    }
}

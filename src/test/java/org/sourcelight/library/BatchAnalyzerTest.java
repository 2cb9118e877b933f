package org.sourcelight.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.analysis.AnalysisStep;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.ResultKey;
import org.sourcelight.analysis.StepResults;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.report.JsonReport;
import org.sourcelight.testsupport.CorpusAssumptions;
import org.sourcelight.text.TextDocument;

class BatchAnalyzerTest {
    private static String json(List<BatchAnalyzer.Result> results) {
        List<JsonReport.Entry> entries = new ArrayList<>();
        for (BatchAnalyzer.Result r : results) if (r.analysis() != null) entries.add(new JsonReport.Entry(r.file(), r.analysis()));
        StringWriter w = new StringWriter();
        new JsonReport(false).write(entries, w);
        return w.toString();
    }

    private static List<String> samples() {
        List<String> files = new ArrayList<>();
        for (String s : Samples.ALL) files.add(Samples.path(s).toString());
        return files;
    }

    private static List<BatchAnalyzer.Result> run(Pipeline p, List<String> files, int threads, Duration budget) {
        return new BatchAnalyzer(p, ArticleImporter.standard(), threads, budget).analyze(files, Cancellation.none());
    }

    @Test
    void parallelOutputIsByteIdenticalToOneThreadAndInTheSameOrder() {
        List<String> files = samples(); // samples 000 and 003 share a recycled sentence and a footer
        List<BatchAnalyzer.Result> one = run(Pipeline.standard(), files, 1, BatchAnalyzer.DEFAULT_BUDGET);
        List<BatchAnalyzer.Result> two = run(Pipeline.standard(), files, 2, BatchAnalyzer.DEFAULT_BUDGET);
        List<BatchAnalyzer.Result> four = run(Pipeline.standard(), files, 4, BatchAnalyzer.DEFAULT_BUDGET);
        assertEquals(json(one), json(two));
        assertEquals(json(one), json(four));
        for (int i = 0; i < files.size(); i++) assertEquals(files.get(i), two.get(i).file());
        assertTrue(one.get(0).analysis().duplicates().stream().anyMatch(d -> d.otherFile() != null),
                one.get(0).analysis().duplicates().toString());
    }

    @Test
    void parallelEqualsSequentialOverTheDevelopmentCorpus() throws IOException {
        Path dev = CorpusAssumptions.require("polnear/data/dev/text");
        List<String> files;
        try (Stream<Path> s = Files.list(dev)) {
            files = s.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().toList();
        }
        assertEquals(json(run(Pipeline.standard(), files, 1, BatchAnalyzer.DEFAULT_BUDGET)),
                json(run(Pipeline.standard(), files, 2, BatchAnalyzer.DEFAULT_BUDGET)));
    }

    /** A step that misbehaves on the article whose text contains {@code trigger}. */
    private static final class Misbehaving implements AnalysisStep<String> {
        static final ResultKey<String> KEY = new ResultKey<>("probe", String.class, "Probe", "");
        private final String trigger;
        private final Runnable what;

        Misbehaving(String trigger, Runnable what) {
            this.trigger = trigger;
            this.what = what;
        }

        @Override public ResultKey<String> produces() { return KEY; }

        @Override public List<ResultKey<?>> reads() { return List.of(); }

        @Override
        public String run(TextDocument doc, StepResults earlier) {
            if (doc.text().contains(trigger)) what.run();
            return "ok";
        }
    }

    private static Pipeline with(AnalysisStep<?> extra) {
        Pipeline std = Pipeline.standard();
        List<AnalysisStep<?>> steps = new ArrayList<>(std.steps());
        steps.add(0, extra);
        return new Pipeline(std.builder(), steps);
    }

    @Test
    void anAnalyserCrashGivesThatArticleOneProblemLineAndKeepsTheOtherPanels() {
        String marker = "Zakharova";
        Pipeline p = with(new Misbehaving(marker, () -> { throw new StringIndexOutOfBoundsException("begin 5, end 3"); }));
        List<BatchAnalyzer.Result> r = run(p, samples(), 2, BatchAnalyzer.DEFAULT_BUDGET);
        List<BatchAnalyzer.Result> std = run(Pipeline.standard(), samples(), 2, BatchAnalyzer.DEFAULT_BUDGET);
        int hit = 0;
        for (int i = 0; i < r.size(); i++) {
            BatchAnalyzer.Result x = r.get(i);
            assertNotNull(x.analysis());
            if (x.analysis().document().text().contains(marker)) {
                hit++;
                assertEquals(1, x.analysis().problems().size());
                assertTrue(x.analysis().problems().get(0).startsWith("The Probe analysis failed on this article "
                        + "(StringIndexOutOfBoundsException"), x.analysis().problems().get(0));
                assertEquals(std.get(i).analysis().sources(), x.analysis().sources());
                assertEquals(std.get(i).analysis().assertions(), x.analysis().assertions());
            } else {
                assertEquals(List.of(), x.analysis().problems());
            }
        }
        assertEquals(1, hit);
    }

    @Test
    void aFileOverItsTimeBudgetGetsOneLineAndTheRunGoesOn() {
        String marker = "Zakharova";
        Pipeline p = with(new Misbehaving(marker, () -> {
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end) Thread.onSpinWait(); // ignores interruption, like a runaway regex
        }));
        long t0 = System.nanoTime();
        List<BatchAnalyzer.Result> r = run(p, samples(), 2, Duration.ofMillis(1500));
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
        int late = 0;
        for (BatchAnalyzer.Result x : r) {
            if (x.analysis() == null) {
                late++;
                assertEquals(x.file() + ": took too long to analyse (a very long or malformed file can do this)", x.error());
            }
        }
        assertEquals(1, late);
        assertEquals(4, r.stream().filter(x -> x.analysis() != null).count());
    }

    @Test
    void aFileThatExhaustsMemoryGetsOneLine() {
        Pipeline p = with(new Misbehaving("Zakharova", () -> { throw new OutOfMemoryError("Java heap space"); }));
        List<BatchAnalyzer.Result> r = run(p, samples(), 2, BatchAnalyzer.DEFAULT_BUDGET);
        List<BatchAnalyzer.Result> failed = r.stream().filter(x -> x.analysis() == null).toList();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).error().endsWith(": needed more memory than this run has; it may be malformed "
                + "(or give Java more memory with -Xmx)"), failed.get(0).error());
    }

    @Test
    void aFileThatCannotBeReadGetsTheImportersLine(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<String> files = new ArrayList<>(samples());
        files.add(1, empty.toString());
        List<BatchAnalyzer.Result> r = run(Pipeline.standard(), files, 2, BatchAnalyzer.DEFAULT_BUDGET);
        assertNull(r.get(1).analysis());
        assertTrue(r.get(1).error().contains("empty.txt"), r.get(1).error());
        assertEquals(5, r.stream().filter(x -> x.analysis() != null).count());
    }

    @Test
    void aCancelledBatchStopsAndSaysSo() {
        Cancellation c = Cancellation.none();
        c.cancel();
        List<BatchAnalyzer.Result> r = new BatchAnalyzer(Pipeline.standard(), ArticleImporter.standard(), 2,
                BatchAnalyzer.DEFAULT_BUDGET).analyze(samples(), c);
        for (BatchAnalyzer.Result x : r) assertTrue(x.error().endsWith(": was not analysed: cancelled"), x.error());
    }
}

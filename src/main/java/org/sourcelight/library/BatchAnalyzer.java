package org.sourcelight.library;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.StepResults;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.Duplicate;
import org.sourcelight.text.TextDocument;

/**
 * Analyses a batch of files together, as {@code sourcelight analyze} does: every file is read and analysed on its
 * own thread (one per core), under a time budget, while the passages shared between the files are compared; the
 * results come back in the order of the files and are the same, byte for byte, as a run on one thread. A file that
 * cannot be read, that an analyser fails on, or that runs out of time or memory gets one line and never costs the
 * others.
 */
public final class BatchAnalyzer {
    /** The default time one file may take (a normal news article takes well under a second). */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

    /**
     * One file's result: its analysis (null when the file could not be read or analysed) and the line that says why
     * (null when it was analysed; a failed panel is a problem line inside the analysis instead), and what the
     * importer noted while reading it (bad bytes replaced …), or null.
     */
    public record Result(String file, ArticleAnalysis analysis, String error, String note) {}

    private final Pipeline pipeline;
    private final ArticleImporter importer;
    private final int threads;
    private final Duration budget;

    public BatchAnalyzer(Pipeline pipeline, ArticleImporter importer, int threads, Duration budget) {
        this.pipeline = pipeline;
        this.importer = importer;
        this.threads = threads;
        this.budget = budget;
    }

    /** One thread per core, the default budget. */
    public BatchAnalyzer(Pipeline pipeline, ArticleImporter importer) {
        this(pipeline, importer, BoundedRunner.cores(), DEFAULT_BUDGET);
    }

    private record Read(TextDocument doc, StepResults results) {}

    public List<Result> analyze(List<String> files, Cancellation cancel) {
        int n = files.size();
        Result[] out = new Result[n];
        TextDocument[] docs = new TextDocument[n];
        String[] notes = new String[n];
        BoundedRunner runner = new BoundedRunner(threads, budget);
        // 1. read and build every document, in parallel, and read each for the duplicate search there too (its
        //    tokens and passages): the comparison itself then runs alone on this thread, beside the other steps
        DuplicateFinder.Prepared[] prepared = new DuplicateFinder.Prepared[n];
        Throwable[] prepareFailure = new Throwable[n];
        record Built(TextDocument doc, String note, DuplicateFinder.Prepared prepared, Throwable prepareFailure) {}
        runner.<String, Built>run(files, f -> {
            ImportedArticle a;
            try {
                a = importer.importFile(Path.of(f));
            } catch (ImportException e) {
                throw new Refused(e.getMessage());
            }
            TextDocument doc = pipeline.builder().build(a.originalText(), a.meta(), a.blockHints());
            try {
                return new Built(doc, a.note(), pipeline.duplicates().prepared(new DuplicateFinder.Named(null, f, doc)), null);
            } catch (RuntimeException | OutOfMemoryError e) {
                return new Built(doc, a.note(), null, e); // as a failed comparison below, not as a failed file
            }
        }, (i, f, o) -> {
            if (o.ok()) {
                docs[i] = o.value().doc();
                notes[i] = o.value().note();
                prepared[i] = o.value().prepared();
                prepareFailure[i] = o.value().prepareFailure();
            } else {
                out[i] = new Result(f, null, line(f, o), null);
            }
        }, cancel);
        List<Integer> built = new ArrayList<>();
        for (int i = 0; i < n; i++) if (docs[i] != null) built.add(i);
        // 2. every analyser but duplicates on the worker threads, while this thread compares the files
        StepResults[] results = new StepResults[n];
        Throwable[] failure = new Throwable[1];
        Thread steps = new Thread(() -> runner.<Integer, StepResults>run(built,
                i -> pipeline.run(docs[i], StepResults.empty().with(StepResults.DUPLICATES, List.of())),
                (k, i, o) -> {
                    if (o.ok()) results[i] = o.value();
                    else out[i] = new Result(files.get(i), null, line(files.get(i), o), notes[i]);
                }, cancel), "sourcelight-batch");
        steps.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        steps.start();
        List<List<Duplicate>> dups;
        String dupProblem = null;
        List<DuplicateFinder.Prepared> named = new ArrayList<>();
        Throwable prepareFailed = null;
        for (int i : built) {
            named.add(prepared[i]);
            if (prepareFailed == null) prepareFailed = prepareFailure[i];
        }
        try {
            if (prepareFailed instanceof RuntimeException r) throw r;
            if (prepareFailed instanceof OutOfMemoryError m) throw m;
            dups = pipeline.duplicates().acrossPrepared(named);
        } catch (RuntimeException | OutOfMemoryError e) {
            dups = new ArrayList<>();
            for (int k = 0; k < built.size(); k++) dups.add(null);
            dupProblem = "Passages shared with the other files could not be compared (" + e.getClass().getSimpleName()
                    + "); only repeats inside this article are shown.";
        }
        join(steps);
        if (failure[0] != null) throw new IllegalStateException("batch analysis failed", failure[0]);
        // 3. put each article together, in file order
        for (int k = 0; k < built.size(); k++) {
            int i = built.get(k);
            if (out[i] != null || results[i] == null) continue;
            StepResults r = results[i];
            List<Duplicate> d = dups.get(k);
            if (d == null) {
                d = within(docs[i]);
                r = dupProblem == null ? r : r.withProblem(dupProblem);
            }
            out[i] = new Result(files.get(i), Pipeline.assemble(docs[i], r.with(StepResults.DUPLICATES, d)), null, notes[i]);
        }
        return Arrays.asList(out);
    }

    private List<Duplicate> within(TextDocument doc) {
        try {
            return pipeline.duplicates().within(doc);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
        }
    }

    /** The one line for a file that has no analysis. */
    static String line(String file, BoundedRunner.Outcome<?> o) {
        if (o.cause() instanceof Refused r) return r.getMessage();
        if (o.failure() == BoundedRunner.Failure.ERROR) return file + ": could not be analysed (" + o.cause() + ")";
        return file + ": " + o.failure().line;
    }

    /** A file the importer refused, with its message. */
    static final class Refused extends RuntimeException {
        Refused(String message) { super(message, null, false, false); }
    }
}

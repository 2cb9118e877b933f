package org.sourcelight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.library.BatchAnalyzer;
import org.sourcelight.library.Cancellation;
import org.sourcelight.library.Pipelines;
import org.sourcelight.report.HtmlReport;
import org.sourcelight.report.JsonReport;
import org.sourcelight.report.TextReport;
import org.sourcelight.store.Database;
import org.sourcelight.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze [--format json|text|html] [--db FILE] FILE...}: all files are analysed together. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles (text or HTML files) and print a report.",
                "All files are analysed together, so passages shared between them are found.",
                "Files are analysed in parallel (one per core); the report is the same, in the same order, as on one core.",
                "Exit code: 0 all analysed, 1 some files failed or a panel failed for some file (one line each on stderr),",
                "2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text, html }

    @Option(names = "--format", defaultValue = "json", description = "json (default), text or html")
    Format format;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file whose user settings (outlet corrections, word lists) apply to the analysis (only read; it must exist).")
    Path db;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed at once (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time one file may take (default 20 s); a file that takes longer is reported and skipped.")
    double budgetSeconds;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html).")
    List<String> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The options as picocli sets them ({@link #call}) or as {@link #plain} read them. */
    int run(PrintWriter out, PrintWriter err) {
        Pipeline pipeline = Pipeline.standard();
        if (db != null) {
            try (Database d = Database.openForReading(db)) {
                pipeline = Pipelines.forDatabase(d);
            } catch (StoreException e) {
                err.println("sourcelight: " + e.getMessage());
                return 1;
            }
        }
        List<BatchAnalyzer.Result> results = new BatchAnalyzer(pipeline, ArticleImporter.standard(), threads,
                Duration.ofMillis(Math.round(budgetSeconds * 1000))).analyze(files, Cancellation.none());
        List<JsonReport.Entry> entries = new ArrayList<>();
        int failed = 0;
        for (BatchAnalyzer.Result r : results) {
            if (r.note() != null) err.println("sourcelight: " + r.note());
            if (r.analysis() == null) {
                err.println("sourcelight: " + r.error());
                failed++;
                continue;
            }
            for (String p : r.analysis().problems()) err.println("sourcelight: " + r.file() + ": " + p);
            if (!r.analysis().problems().isEmpty()) failed++;
            entries.add(new JsonReport.Entry(r.file(), r.analysis()));
        }
        switch (format) {
            case json -> {
                if (pretty) new JsonReport(true).write(entries, out);
                else writeCompactJson(entries, out);
            }
            case text -> new TextReport().write(entries, out);
            case html -> new HtmlReport().write(entries, out);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /**
     * The command for {@code args} ({@code analyze …}) when they are plain: every option one of this command's own,
     * given once, with a value of the usual form ({@code --format json|text|html}, {@code --threads 2},
     * {@code --time-limit 20} or {@code 2.5}, {@code --db FILE}, {@code --pretty}; {@code --name value} or
     * {@code --name=value}) and at least one file, no argument starting with {@code -} or {@code @} otherwise (no
     * {@code --help}, no argument file, no {@code --}); else null, and picocli reads them (with its usage and error
     * messages). For plain arguments picocli sets the same fields (AnalyzeCommandTest compares the two), so a batch
     * need not load picocli's classes, which are older class files than the class-data archive can hold and cost a
     * short run about a fifth of a second of CPU to load and to build the whole command line's model (decision 78).
     */
    static AnalyzeCommand plain(String[] args) {
        if (args.length < 2 || !args[0].equals("analyze")) return null;
        AnalyzeCommand c = new AnalyzeCommand();
        c.format = Format.json;
        c.budgetSeconds = 20;
        c.files = new ArrayList<>();
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') return null;
            if (a.charAt(0) != '-') {
                c.files.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!given.add(name)) return null; // picocli refuses an option given twice
            if (name.equals("--pretty")) {
                if (eq >= 0) return null;
                c.pretty = true;
                continue;
            }
            if (!name.equals("--format") && !name.equals("--threads") && !name.equals("--time-limit") && !name.equals("--db")) return null;
            String v;
            if (eq >= 0) v = a.substring(eq + 1);
            else if (i + 1 < args.length) v = args[++i];
            else return null;
            if (v.isEmpty() || v.charAt(0) == '-' || v.charAt(0) == '@') return null;
            switch (name) {
                case "--format" -> {
                    if (!v.equals("json") && !v.equals("text") && !v.equals("html")) return null;
                    c.format = Format.valueOf(v);
                }
                case "--threads" -> {
                    if (!v.matches("0|[1-9][0-9]{0,5}")) return null;
                    c.threads = Integer.parseInt(v);
                }
                case "--time-limit" -> {
                    if (!v.matches("[0-9]{1,6}(\\.[0-9]{1,6})?")) return null;
                    c.budgetSeconds = Double.parseDouble(v);
                }
                default -> c.db = Path.of(v);
            }
        }
        return c.files.isEmpty() ? null : c;
    }

    /**
     * The compact JSON report with each article's JSON made on its own thread (up to {@code threads} at once) while
     * this thread writes the finished ones in file order: the same bytes as a serial {@link JsonReport#write}, and no
     * serial tail after the analysis (about 5% of a batch's CPU, on one core only).
     */
    private void writeCompactJson(List<JsonReport.Entry> entries, PrintWriter out) {
        int n = entries.size();
        if (threads <= 1 || n < 2) {
            new JsonReport(false).write(entries, out);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(threads, n), r -> {
                    Thread t = new Thread(r, "sourcelight-json");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<String>> json = new ArrayList<>(n);
            for (JsonReport.Entry e : entries) json.add(pool.submit(() -> JsonReport.articleJson(e)));
            JsonReport.writeCompact(n, i -> {
                try {
                    String s = json.get(i).get();
                    json.set(i, null); // written: let it go
                    return s;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) throw r;
                    if (c instanceof Error er) throw er;
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the report", e);
                }
            }, out);
        } finally {
            pool.shutdownNow();
        }
    }
}

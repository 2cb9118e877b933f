package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.sourcelight.analysis.AnalysisStep;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.StepResults;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.cli.eval.Corpora;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.Duplicate;
import org.sourcelight.report.JsonReport;
import org.sourcelight.text.TextDocument;

/**
 * Whole-program throughput: {@code analyze --format json} over a directory of real news articles, as a user runs
 * it. Prints MB/s with the JVM start excluded (the command run in this JVM: the first pass cold, then warm passes)
 * and included (a fresh {@code java … analyze} child process, timed from launch to exit), and a profile of where a
 * warm pass spends its time on one core.
 * <p>
 * The default corpus is the development subset: PolNeAR train + dev {@code text/*.txt}, sorted by path, every
 * second file (462 articles, about 3 MB); {@code --all} takes every file (924) for the linearity check. Another
 * folder may be given instead. The corpora are not shipped (see docs/evaluation.md).
 */
public final class CorpusBench {
    private CorpusBench() {}

    /** The development subset (every second file) or, with {@code all}, every PolNeAR train + dev article. */
    public static List<Path> polnear(boolean all) {
        List<Path> files = new ArrayList<>();
        for (String split : List.of("polnear/data/train/text", "polnear/data/dev/text")) {
            Optional<Path> d = Corpora.find(split);
            if (d.isEmpty()) continue;
            files.addAll(list(d.get()));
        }
        files.sort(null);
        if (all) return files;
        List<Path> half = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) half.add(files.get(i));
        return half;
    }

    static List<Path> list(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The article files of the folders or files named in {@code args}, or else the PolNeAR development texts
     * ({@code all}: every one, not every second); empty, after saying why, when there are none.
     */
    private static List<Path> corpus(PrintStream out, List<String> args, boolean all) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) continue;
            if (!Files.exists(Path.of(a))) {
                out.println("no such file or folder: " + a);
                return List.of();
            }
            files.addAll(list(Path.of(a)));
        }
        if (files.isEmpty()) files = polnear(all);
        if (files.isEmpty()) out.println("no corpus: put PolNeAR under .cache/corpora (docs/evaluation.md) or give a folder");
        return files;
    }

    public static void run(PrintStream out, List<String> args) {
        List<Path> files = corpus(out, args, args.contains("--all"));
        if (files.isEmpty()) return;
        long bytes = 0;
        for (Path f : files) bytes += size(f);
        double mb = bytes / 1e6;
        out.printf("corpus: %d files, %.2f MB%n", files.size(), mb);
        String[] cmd = command(files);

        out.println("load average before: " + loadAverage());
        // JVM start excluded: the command in this JVM, first pass cold
        long[][] passes = new long[5][];
        for (int i = 0; i < passes.length; i++) passes[i] = inProcess(cmd);
        out.printf("analyze in this JVM (start excluded), first pass (cold): %s%n", figures(passes[0], mb));
        long[] best = passes[1];
        for (int i = 2; i < passes.length; i++) if (passes[i][0] < best[0]) best = passes[i];
        StringBuilder warm = new StringBuilder();
        for (int i = 1; i < passes.length; i++) warm.append(i > 1 ? ", " : "").append(passes[i][0]);
        out.printf("  passes 2-5 wall %s ms; best (warm): %s%n", warm, figures(best, mb));

        // JVM start included: fresh child processes, as a user runs the command
        long[][] child = new long[3][];
        for (int i = 0; i < child.length; i++) child[i] = childRun(files);
        Arrays.sort(child, (a, b) -> Long.compare(a[0], b[0]));
        out.printf("analyze in a fresh JVM (start included), median of 3: %s (wall %d, %d, %d ms)%n",
                figures(child[1], mb), child[0][0], child[1][0], child[2][0]);
        profile(out, files, mb);
        out.println("load average after: " + loadAverage());
    }

    /**
     * {@code bench import}: imports every PolNeAR train + dev article (or the given folders) into a new library file
     * with {@code LibraryService.importFiles}, as the reader's File → Import does, and prints articles per second.
     */
    public static void runImport(PrintStream out, List<String> args) {
        List<Path> files = corpus(out, args, true);
        if (files.isEmpty()) return;
        out.println("load average before: " + loadAverage());
        try {
            Path dir = Files.createTempDirectory("sourcelight-import-bench");
            Path db = dir.resolve("library.db");
            try (org.sourcelight.store.Database d = org.sourcelight.store.Database.open(db)) {
                var lib = org.sourcelight.library.LibraryService.standard(d);
                long c0 = processCpuMs();
                long t0 = System.nanoTime();
                int[] lastPercent = {0};
                int total = files.size();
                if (args.contains("--one-by-one")) { // the reader's import before the batch path: importFile per file
                    int added = 0;
                    for (Path f : files) {
                        try {
                            if (!lib.importFile(f).existed()) added++;
                        } catch (org.sourcelight.importer.ImportException e) {
                            // refused, counted below as the difference
                        }
                    }
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    out.printf("import one by one (importFile per file) of %d files: %d added; wall %d ms = %.0f articles/s "
                            + "(CPU %d ms)%n", total, added, wall, total / (wall / 1000.0), processCpuMs() - c0);
                    return;
                }
                var r = lib.importFiles(files, (done, all, f) -> {
                    int pc = done * 10 / all;
                    if (pc > lastPercent[0]) {
                        lastPercent[0] = pc;
                        out.printf("  %d / %d imported (%d ms)%n", done, all, (System.nanoTime() - t0) / 1_000_000);
                    }
                }, org.sourcelight.library.Cancellation.none());
                long wall = (System.nanoTime() - t0) / 1_000_000;
                long cpu = processCpuMs() - c0;
                out.printf("import of %d files into a new library: %d added, %d already there, %d refused; wall %d ms = %.0f "
                                + "articles/s (CPU %d ms); 1,000 articles at this rate: %.1f s%n", total, r.added(), r.existed(),
                        r.errors().size(), wall, total / (wall / 1000.0), cpu, 1000 / (total / (wall / 1000.0)));
            } finally {
                try (var s = Files.list(dir)) {
                    for (Path p : s.toList()) Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("load average after: " + loadAverage());
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] command(List<Path> files) {
        List<String> c = new ArrayList<>(List.of("analyze", "--format", "json"));
        for (Path f : files) c.add(f.toString());
        return c.toArray(String[]::new);
    }

    /** {wall ms, CPU ms of the whole process (all threads: analysis, JIT, GC)}. */
    private static long[] inProcess(String[] cmd) {
        long c0 = processCpuMs();
        long t0 = System.nanoTime();
        PrintStream nothing = new PrintStream(OutputStream.nullOutputStream());
        org.sourcelight.cli.Cli.run(cmd, nothing, nothing);
        return new long[] {(System.nanoTime() - t0) / 1_000_000, processCpuMs() - c0};
    }

    private static long processCpuMs() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1_000_000;
        return -1;
    }

    static String figures(long[] wallCpu, double mb) {
        String f = String.format("wall %d ms = %.2f MB/s", wallCpu[0], mb / (wallCpu[0] / 1000.0));
        if (wallCpu[1] >= 0) f += String.format(", CPU %d ms = %.2f MB per CPU-second", wallCpu[1], mb / (wallCpu[1] / 1000.0));
        return f;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Runs {@code java [this JVM's options] -cp [this class path] org.sourcelight.cli.Cli analyze …} once. */
    static long[] childRun(List<Path> files) {
        List<String> c = new ArrayList<>();
        c.add(ProcessHandle.current().info().command().orElse("java"));
        String extra = System.getProperty("sourcelight.bench.childOptions", "");
        for (String o : extra.split(" ")) if (!o.isBlank()) c.add(o);
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add("org.sourcelight.Launcher");
        c.addAll(List.of(command(files)));
        try {
            Path args = Files.createTempFile("sourcelight-bench", ".args");
            try {
                // an @argfile keeps the command line short with a thousand files
                List<String> lines = new ArrayList<>();
                for (String s : c.subList(1, c.size())) lines.add("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
                Files.write(args, lines);
                Path times = Files.createTempFile("sourcelight-bench", ".time");
                List<String> pc = new ArrayList<>();
                boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
                if (timed) pc.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
                pc.add(c.get(0));
                pc.add("@" + args);
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(pc).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                long wall = (System.nanoTime() - t0) / 1_000_000;
                long cpu = -1;
                if (timed) {
                    String[] us = Files.readString(times).strip().split("\\s+");
                    cpu = Math.round((Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000);
                }
                Files.deleteIfExists(times);
                return new long[] {wall, cpu};
            } finally {
                Files.deleteIfExists(args);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[] {-1, -1};
        }
    }

    /** Where a warm pass spends its time, stage by stage, on one core (after two passes to warm up). */
    private static void profile(PrintStream out, List<Path> files, double mb) {
        Pipeline p = Pipeline.standard();
        ArticleImporter importer = ArticleImporter.standard();
        long[] t = null;
        String[] names = null;
        for (int pass = 0; pass < 3; pass++) {
            List<String> ns = new ArrayList<>(List.of("import", "document building", "duplicates across files"));
            for (AnalysisStep<?> s : p.steps()) if (s.produces() != StepResults.DUPLICATES) ns.add(s.produces().name());
            ns.add("JSON writing");
            long[] times = new long[ns.size()];
            List<ImportedArticle> imported = new ArrayList<>();
            List<String> names0 = new ArrayList<>();
            times[0] = time(() -> {
                for (Path f : files) {
                    try {
                        imported.add(importer.importFile(f));
                        names0.add(f.toString());
                    } catch (Exception e) {
                        // a file the CLI refuses is left out here too
                    }
                }
                return imported.size();
            });
            List<DuplicateFinder.Named> docs = new ArrayList<>();
            times[1] = time(() -> {
                for (int i = 0; i < imported.size(); i++) {
                    ImportedArticle a = imported.get(i);
                    docs.add(new DuplicateFinder.Named(null, names0.get(i), p.builder().build(a.originalText(), a.meta(), a.blockHints())));
                }
                return docs.size();
            });
            List<List<Duplicate>> dups = new ArrayList<>();
            times[2] = time(() -> {
                dups.addAll(p.duplicates().across(docs));
                return dups.size();
            });
            List<StepResults> results = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                results.add(StepResults.empty().with(StepResults.DUPLICATES, dups.get(i)));
            }
            int k = 3;
            for (AnalysisStep<?> s : p.steps()) {
                if (s.produces() == StepResults.DUPLICATES) continue;
                long t0 = threadCpuNs();
                for (int i = 0; i < docs.size(); i++) {
                    TextDocument d = docs.get(i).doc();
                    try {
                        results.set(i, runOne(s, d, results.get(i)));
                    } catch (RuntimeException e) {
                        results.set(i, null == results.get(i) ? StepResults.empty() : results.get(i));
                    }
                }
                times[k++] = (threadCpuNs() - t0) / 1_000_000;
            }
            List<JsonReport.Entry> entries = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                StepResults r = results.get(i);
                if (!r.has(StepResults.OUTLETS) || !r.has(StepResults.SOURCES) || !r.has(StepResults.ASSERTIONS)) continue;
                var o = r.get(StepResults.OUTLETS);
                entries.add(new JsonReport.Entry(docs.get(i).file(), new ArticleAnalysis(docs.get(i).doc(),
                        r.get(StepResults.SOURCES), o.publisher(), o.cited(), o.cues(), o.chains(),
                        r.get(StepResults.DUPLICATES), r.get(StepResults.ASSERTIONS))));
            }
            times[k] = time(() -> {
                new JsonReport(false).write(entries, Writer.nullWriter());
                return entries.size();
            });
            t = times;
            names = ns.toArray(String[]::new);
        }
        long total = 0;
        for (long x : t) total += x;
        out.printf("profile of a warm pass on one core (thread CPU time): %d ms = %.2f MB per CPU-second%n", total, mb / (total / 1000.0));
        for (int i = 0; i < t.length; i++) {
            out.printf("  %-26s %6d ms  %5.1f%%  %7.1f MB/s%n", names[i], t[i], 100.0 * t[i] / Math.max(1, total),
                    t[i] == 0 ? Double.POSITIVE_INFINITY : mb / (t[i] / 1000.0));
        }
    }

    private static <R> StepResults runOne(AnalysisStep<R> s, TextDocument d, StepResults r) {
        return r.with(s.produces(), s.run(d, r));
    }

    /** CPU time of this thread, ms (robust on a loaded machine, unlike wall time). */
    private static long time(IntSupplier work) {
        long t0 = threadCpuNs();
        work.getAsInt();
        return (threadCpuNs() - t0) / 1_000_000;
    }

    private static long threadCpuNs() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}

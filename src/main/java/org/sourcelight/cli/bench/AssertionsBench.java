package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcelight.analysis.assertions.AssertionDetector;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Throughput of the assertions detector on one thread: the sample articles ({@code samples/*.txt}, or the folder in
 * the system property {@code sourcelight.samples}) analysed over and over, after a warm-up. Prints MB/s of
 * normalized text for the detector alone (per core of CPU time, which other load on the machine does not skew, and
 * wall clock), and for document building plus detection.
 */
public final class AssertionsBench {
    private static final int WARMUP_ROUNDS = 2_000;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private AssertionsBench() {}

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        List<String> texts = samples();
        DocumentBuilder builder = DocumentBuilder.standard();
        AssertionDetector detector = AssertionDetector.standard();
        List<TextDocument> docs = new ArrayList<>();
        long chars = 0;
        for (String t : texts) {
            TextDocument d = builder.build(t, ArticleMeta.empty());
            docs.add(d);
            chars += d.text().length();
        }
        long sink = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) for (TextDocument d : docs) sink += detector.detect(d, List.of()).size();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long rounds = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            for (TextDocument d : docs) sink += detector.detect(d, List.of()).size();
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        double detectMb = rounds * (double) chars / 1e6 / (elapsed / 1e9);
        double detectCpuMb = rounds * (double) chars / 1e6 / (cpu / 1e9);
        double perArticleMs = cpu / 1e6 / (rounds * docs.size());

        long fullRounds = 0;
        start = System.nanoTime();
        do {
            for (String t : texts) sink += detector.detect(builder.build(t, ArticleMeta.empty()), List.of()).size();
            fullRounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        double fullMb = fullRounds * (double) chars / 1e6 / (elapsed / 1e9);

        out.printf(Locale.ROOT, "assertions bench: %d sample articles, %d chars each round; machine: %d cores available, "
                        + "one thread, %s %s%n", docs.size(), chars, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "  detector alone:          %.1f MB/s per core of CPU time (%.1f MB/s wall clock; %.3f ms CPU per "
                + "article, %d rounds)%n", detectCpuMb, detectMb, perArticleMs, rounds);
        out.printf(Locale.ROOT, "  build document + detect: %.1f MB/s (%d rounds)%n", fullMb, fullRounds);
        if (sink == 42) out.println(); // keeps the work observable to the JIT
    }

    private static List<String> samples() {
        Path dir = Path.of(System.getProperty("sourcelight.samples", "samples"));
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            List<Path> files = new ArrayList<>();
            ds.forEach(files::add);
            files.sort(null);
            for (Path p : files) out.add(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the samples in " + dir.toAbsolutePath(), e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no samples (*.txt) in " + dir.toAbsolutePath());
        return out;
    }
}

package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Speed of sources extraction alone (documents are built beforehand): MB of normalized article text (one MB = a
 * million characters) per second on one thread, over the sample articles repeated. Warms up first, then times
 * several rounds. Reports the thread's CPU time (what one core achieves, unaffected by other processes sharing the
 * machine) and the wall-clock time. Samples are read from {@code samples/} (or the {@code sourcelight.samples}
 * system property).
 */
public final class SourcesBench {
    private static final int COPIES = 40;

    private SourcesBench() {}

    public static void run(PrintStream out) {
        List<TextDocument> docs = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (String text : samples()) docs.add(DocumentBuilder.standard().build(text, ArticleMeta.empty()));
        }
        long chars = 0;
        for (TextDocument d : docs) chars += d.text().length();
        SourceExtractor x = SourceExtractor.standard();
        long sink = 0;
        for (int warm = 0; warm < 15; warm++) for (TextDocument d : docs) sink += x.extract(d).size();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 15;
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        double mb = chars / 1e6;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            for (TextDocument d : docs) sink += x.extract(d).size();
            cpu[r] = mb / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            wall[r] = mb / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        out.printf(Locale.ROOT, "sources: %d articles, %.2f MB of text per round, 1 thread; %d cores, load average %.1f%n",
                docs.size(), mb, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "sources: CPU time median %.1f MB/s (best %.1f), %.3f ms per article; wall clock median %.1f MB/s (checksum %d)%n",
                cpu[rounds / 2], cpu[rounds - 1], mb / cpu[rounds / 2] * 1000 / docs.size(), wall[rounds / 2], sink % 1000);
    }

    private static List<String> samples() {
        String p = System.getProperty("sourcelight.samples", "samples");
        try (Stream<Path> files = Files.list(Path.of(p))) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) out.add(Files.readString(f, StandardCharsets.UTF_8));
            if (out.isEmpty()) throw new IllegalStateException("no samples in " + p);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

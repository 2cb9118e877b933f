package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small helpers shared by the benchmarks: the sample texts, warm-up and throughput measurement. */
public final class Bench {
    private Bench() {}

    /** The sample articles as text (from ./samples, or the classpath copy). */
    public static List<String> sampleTexts() {
        List<String> out = new ArrayList<>();
        Path dir = Path.of("samples");
        try {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        out.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) throw new IllegalStateException("run the benchmarks from the project folder (samples/ not found)");
        return out;
    }

    /** One line describing the machine, for the figures to be read against. */
    public static String machine() {
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /**
     * Runs {@code work} over {@code inputs} repeatedly: warms up for {@code warmupMs}, then measures for
     * {@code measureMs}; returns characters processed per second (UTF-16 chars; ~bytes for ASCII-heavy text).
     */
    public static <T> double charsPerSecond(List<T> inputs, java.util.function.ToIntFunction<T> size, Consumer<T> work,
                                            long warmupMs, long measureMs) {
        long end = System.nanoTime() + warmupMs * 1_000_000L;
        while (System.nanoTime() < end) for (T t : inputs) work.accept(t);
        long chars = 0;
        long start = System.nanoTime();
        end = start + measureMs * 1_000_000L;
        long now;
        do {
            for (T t : inputs) {
                work.accept(t);
                chars += size.applyAsInt(t);
            }
            now = System.nanoTime();
        } while (now < end);
        return chars / ((now - start) / 1e9);
    }

    public static String mb(double charsPerSecond) {
        return String.format("%.1f MB/s", charsPerSecond / 1_000_000.0);
    }
}

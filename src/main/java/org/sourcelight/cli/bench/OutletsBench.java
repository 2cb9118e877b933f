package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Outlet provenance speed: loading the shipped registry, matching every registry name and alias against an article
 * (the Aho–Corasick automaton), and the whole outlet analysis of an article. Uses the samples in {@code samples/}
 * when present, else a built-in paragraph.
 */
public final class OutletsBench {
    private OutletsBench() {}

    public static void main(String[] args) { run(System.out); }

    public static void run(PrintStream out) {
        List<String> texts = texts();
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("Outlets bench: %d articles, %d chars; %d cores, Java %s%n", texts.size(), chars,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        for (int i = 0; i < 5; i++) OutletRegistry.load();
        int loads = 20;
        long t0 = System.nanoTime();
        OutletRegistry reg = null;
        for (int i = 0; i < loads; i++) reg = OutletRegistry.load();
        double loadMs = (System.nanoTime() - t0) / 1e6 / loads;
        long t1 = System.nanoTime();
        OutletAnalyzer analyzer = new OutletAnalyzer(reg);
        analyzer.countNameMatches("warm-up builds the automaton");
        double buildMs = (System.nanoTime() - t1) / 1e6;
        out.printf("registry load: %.2f ms (%d outlets); automaton build: %.2f ms%n", loadMs, reg.size(), buildMs);

        int rounds = 2000;
        int hits = 0;
        for (int r = 0; r < rounds / 4; r++) for (String t : texts) hits += analyzer.countNameMatches(t);
        long t2 = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (String t : texts) hits += analyzer.countNameMatches(t);
        double matchMs = (System.nanoTime() - t2) / 1e6 / (rounds * (double) texts.size());
        out.printf("name/alias matching: %.3f ms per article (%.1f MB/s)%n", matchMs,
                chars / (double) texts.size() / (matchMs / 1000) / 1e6);

        List<TextDocument> docs = new ArrayList<>();
        for (String t : texts) docs.add(DocumentBuilder.standard().build(t, ArticleMeta.empty()));
        for (int r = 0; r < 200; r++) for (TextDocument d : docs) analyzer.analyze(d, List.of());
        int full = 500;
        long t3 = System.nanoTime();
        for (int r = 0; r < full; r++) for (TextDocument d : docs) hits += analyzer.analyze(d, List.of()).cited().size();
        double fullMs = (System.nanoTime() - t3) / 1e6 / (full * (double) docs.size());
        out.printf("full outlet analysis (publisher, cited, cues, chains): %.3f ms per article%n", fullMs);
        if (hits < 0) out.println(); // keeps the work observable to the JIT
    }

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        Path dir = Path.of(System.getProperty("sourcelight.samples", "samples"));
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                out.clear();
            }
        }
        if (out.isEmpty()) {
            out.add("Title\n\nThe official Syrian Arab News Agency (SANA) cited civil sources as saying that the "
                    + "choppers had carried the kingpins, while the AP and AFP reported otherwise.\n\n"
                    + "Press TV's website can also be accessed at the following alternate addresses:");
        }
        return out;
    }
}

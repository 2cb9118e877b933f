package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.cli.eval.Corpora;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;

/**
 * {@code bench html}: HTML import speed: pages per second, warm, over the Readability test pages when they are in the corpus cache
 * (else over pages built from the samples with typical site furniture around them), and the seconds each deeply
 * nested page of issues 14/15 takes to import (target: under 2 s).
 */
public final class ImportBench {
    private ImportBench() {}

    public static void run(PrintStream out) {
        ArticleImporter importer = ArticleImporter.standard();
        List<byte[]> pages = readabilityPages();
        String what = pages.size() + " Readability test pages";
        if (pages.isEmpty()) {
            pages = samplePages();
            what = pages.size() + " sample articles wrapped in a news-site page (the Readability pages are not in .cache/corpora)";
        }
        long bytes = 0;
        for (byte[] p : pages) bytes += p.length;
        List<byte[]> inputs = pages;
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) importAll(importer, inputs);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 0;
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        end = start + 10_000_000_000L;
        long now;
        do {
            importAll(importer, inputs);
            n += inputs.size();
            now = System.nanoTime();
        } while (now < end);
        double seconds = (now - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf("HTML import, warm, over %s (%.1f MB): %.0f pages/s, %.1f MB/s wall clock; %.0f pages/s per CPU-second "
                + "of this thread (the honest figure on a shared machine; load average %.1f)%n", what, bytes / 1e6, n / seconds,
                bytes * (n / (double) inputs.size()) / seconds / 1e6, n / cpuSeconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Map<String, String> deep = new LinkedHashMap<>();
        deep.put("100,000 unclosed <div><span><b>", "<html><body>" + "<div><span><b>".repeat(100_000) + "x said.");
        deep.put("30,000 nested table cells", "<html><body>" + "<table><tr><td>".repeat(30_000) + "x said."
                + "</td></tr></table>".repeat(30_000));
        deep.put("20,000 unclosed <blockquote>", "<html><body>" + "<blockquote>".repeat(20_000) + "x said.");
        for (Map.Entry<String, String> e : deep.entrySet()) {
            byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                try {
                    importer.importBytes(data, "deep.html", null);
                } catch (ImportException ex) {
                    out.println(e.getKey() + ": refused: " + ex.getMessage());
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            out.printf("%-34s %6d KB  %.2f s wall, %.2f s CPU (best of 3)%n", e.getKey(), data.length / 1024, best, bestCpu);
        }
    }

    private static void importAll(ArticleImporter importer, List<byte[]> pages) {
        for (byte[] p : pages) {
            try {
                importer.importBytes(p, "page.html", "text/html");
            } catch (ImportException ignored) {
                // a page without article text counts like any other: its work was done
            }
        }
    }

    private static List<byte[]> readabilityPages() {
        List<byte[]> out = new ArrayList<>();
        Path dir = Corpora.find("readability/test/test-pages").orElse(null);
        if (dir == null) return out;
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                Path f = p.resolve("source.html");
                if (Files.isRegularFile(f)) out.add(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> sampleTexts() {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) out.add(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the project folder (samples/ not found)", e);
        }
        return out;
    }

    /** Each sample's paragraphs inside a page with navigation, a share bar, a sidebar of links and comments. */
    private static List<byte[]> samplePages() {
        List<byte[]> out = new ArrayList<>();
        for (String text : sampleTexts()) {
            StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>Sample | News</title></head><body>"
                    + "<header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header><main><article>");
            for (String para : text.split("\\n\\s*\\n|\\n")) {
                if (para.isBlank()) continue;
                b.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
            b.append("<div class=share-bar><a href=#>Share</a></div></article></main><aside class=sidebar><ul>");
            for (int i = 0; i < 20; i++) b.append("<li><a href=/s").append(i).append(">Another story number ").append(i).append("</a></li>");
            b.append("</ul></aside><div id=comments><p>A reader's comment, with an opinion.</p></div><footer>Copyright</footer></body></html>");
            out.add(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}

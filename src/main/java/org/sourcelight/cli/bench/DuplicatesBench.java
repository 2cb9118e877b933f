package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Duplicate;
import org.sourcelight.store.Database;
import org.sourcelight.store.FingerprintRepository;
import org.sourcelight.store.LibraryDuplicates;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Benchmark of duplicate finding (issue 5). For libraries of 1k, 10k and 100k synthetic articles
 * ({@link SyntheticArticles}) in a SQLite file: indexing rate (build the document, fingerprint it, store the
 * fingerprints; batches of 1,000 articles per transaction), lookup time of one article against the library (index
 * lookup, loading and aligning up to {@link LibraryDuplicates#MAX_CANDIDATES} candidates; median and p95), recall
 * of the injected reused paragraphs (exact and edited), heap in use and database size. Then one 10 MB article and
 * a text of one word repeated a million times, searched for repeats inside themselves.
 * <p>
 * The library rows are stubs (id and title) so that the figures measure the fingerprint index, not the storage of
 * article text; candidate texts are rebuilt by the generator, standing in for reading them from the library.
 * Single-threaded; the machine has 2 cores, shared with other work while it runs.
 */
public final class DuplicatesBench {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    /** Articles per write transaction: enough batches to overlap building with writing, large ones for big libraries. */
    private static int batchSize(int n) {
        return Math.max(250, Math.min(2_000, n / 10));
    }
    private static final int QUERIES = 300;

    private DuplicatesBench() {}

    public static void run(PrintStream out) {
        run(out, SIZES);
    }

    public static void run(PrintStream out, int... sizes) {
        out.println("Duplicates benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores; indexing builds documents on all cores while one thread writes SQLite; lookups single-threaded; JVM "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
        SyntheticArticles gen = new SyntheticArticles(42, 30_000);
        DuplicateFinder finder = DuplicateFinder.standard();
        warmUp(gen, finder);
        library(new PrintStream(java.io.OutputStream.nullOutputStream()), gen, finder, 2000); // warms the indexing path (JIT, SQLite)
        out.println("  articles index art/s wall, pipelined (writer-thread cpu; document-building cpu)  lookup median  p95  cpu/lookup"
                + "  recall exact  recall near  heap MB  db MB  fingerprint rows/article");
        for (int n : sizes) library(out, gen, finder, n);
        bigTexts(out, gen, finder);
    }

    private static void warmUp(SyntheticArticles gen, DuplicateFinder finder) {
        List<DuplicateFinder.Named> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) docs.add(named(gen.article(i)));
        for (int k = 0; k < 3; k++) {
            for (DuplicateFinder.Named d : docs) finder.fingerprints(d.doc());
            finder.matchesAgainst(docs.get(k), docs.subList(100, 116));
        }
    }

    private static DuplicateFinder.Named named(SyntheticArticles.Article a) {
        TextDocument doc = DocumentBuilder.standard().build(a.text(), ArticleMeta.empty());
        return new DuplicateFinder.Named(String.valueOf(a.id() + 1), "Article " + (a.id() + 1), doc, a.outlet());
    }

    /** One batch of articles ready to be written: fingerprints by id, titles, and the work it took. */
    private record Batch(Map<Long, int[]> fingerprintsById, List<String> titles, long fingerprints, long buildCpu) {}

    /** Builds and fingerprints articles {@code [from, from + batchSize(n))} in parallel. */
    private static Batch prepare(SyntheticArticles gen, DuplicateFinder finder, int from, int n) {
        int to = Math.min(n, from + batchSize(n));
        java.util.concurrent.atomic.AtomicLong buildCpu = new java.util.concurrent.atomic.AtomicLong();
        record One(int[] f, String title) {}
        List<One> ones = java.util.stream.IntStream.range(from, to).parallel().mapToObj(i -> {
            long b0 = cpu();
            TextDocument doc = DocumentBuilder.standard().build(gen.article(i).text(), ArticleMeta.empty());
            buildCpu.addAndGet(cpu() - b0);
            return new One(finder.fingerprints(doc), doc.title());
        }).toList();
        Map<Long, int[]> byId = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        long count = 0;
        for (int k = 0; k < ones.size(); k++) {
            byId.put((long) from + k + 1, ones.get(k).f());
            titles.add(ones.get(k).title());
            count += ones.get(k).f().length;
        }
        return new Batch(byId, titles, count, buildCpu.get());
    }

    private static void library(PrintStream out, SyntheticArticles gen, DuplicateFinder finder, int n) {
        Path file = tempFile();
        try (Database db = Database.open(file)) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA cache_size=-131072");
                }
                return null;
            });
            FingerprintRepository repo = new FingerprintRepository(db);
            long fingerprints = 0;
            long buildCpu = 0;
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            // Indexing is pipelined: while one batch is written to SQLite (one thread), the next batch's documents
            // are built and fingerprinted on the other core(s). Analysis is stateless, so this is safe.
            java.util.concurrent.CompletableFuture<Batch> next = java.util.concurrent.CompletableFuture.supplyAsync(() -> prepare(gen, finder, 0, n));
            for (int from = 0; from < n; from += batchSize(n)) {
                Batch batch = next.join();
                int following = from + batchSize(n);
                next = following < n ? java.util.concurrent.CompletableFuture.supplyAsync(() -> prepare(gen, finder, following, n)) : null;
                fingerprints += batch.fingerprints();
                buildCpu += batch.buildCpu();
                final int first = from;
                db.inTransaction(c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO article(id, content_hash, title, original_text) VALUES (?,?,?,'')")) {
                        for (int k = 0; k < batch.titles().size(); k++) {
                            s.setLong(1, first + k + 1L);
                            s.setString(2, "bench-" + (first + k));
                            s.setString(3, batch.titles().get(k));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                    repo.putAll(batch.fingerprintsById());
                    return null;
                });
            }
            long indexNanos = System.nanoTime() - t0;
            double indexSeconds = indexNanos / 1e9;
            double cpuSeconds = (cpu() - cpu0) / 1e9;

            LibraryDuplicates library = new LibraryDuplicates(repo, id -> Optional.of(named(gen.article(id - 1))), finder);
            List<Long> queries = new ArrayList<>();
            for (long i = n - 1; i >= 0 && queries.size() < QUERIES; i -= Math.max(1, n / (QUERIES * 4))) {
                if (gen.article(i).injection() != null) queries.add(i);
            }
            for (int k = 0; k < Math.min(20, queries.size()); k++) lookup(library, gen, queries.get(k)); // warm-up
            long[] times = new long[queries.size()];
            long lookupCpu = 0;
            int exact = 0, exactFound = 0, near = 0, nearFound = 0;
            for (int q = 0; q < queries.size(); q++) {
                SyntheticArticles.Article a = gen.article(queries.get(q));
                TextDocument doc = DocumentBuilder.standard().build(a.text(), ArticleMeta.empty());
                long c0 = cpu();
                long s = System.nanoTime();
                List<Match> found = library.find(a.id() + 1, doc, a.outlet());
                times[q] = System.nanoTime() - s;
                lookupCpu += cpu() - c0;
                boolean hit = hit(found, doc, a.injection());
                if (a.injection().exact()) {
                    exact++;
                    if (hit) exactFound++;
                } else {
                    near++;
                    if (hit) nearFound++;
                }
            }
            Arrays.sort(times);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
            long bytes = Files.size(file) + sizeOrZero(Path.of(file + "-wal"));
            long rows = repo.rows();
            out.printf(Locale.ROOT, "  %-7d  %7.0f (%5.0f art/s writing; %5.0f art/s building)  %6.1f ms  %6.1f ms  %5.1f ms  %6d/%-4d  %6d/%-4d  %6d  %6.0f  %6.1f%n",
                    n, n / indexSeconds, n / cpuSeconds, n / (buildCpu / 1e9),
                    times[times.length / 2] / 1e6, times[(int) Math.min(times.length - 1, Math.round(times.length * 0.95))] / 1e6,
                    lookupCpu / 1e6 / times.length, exactFound, exact, nearFound, near, heap, bytes / 1e6, (double) rows / n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<Match> lookup(LibraryDuplicates library, SyntheticArticles gen, long i) {
        SyntheticArticles.Article a = gen.article(i);
        return library.find(a.id() + 1, DocumentBuilder.standard().build(a.text(), ArticleMeta.empty()), a.outlet());
    }

    /** True when a passage shared with the source article overlaps the reused paragraph. */
    private static boolean hit(List<Match> found, TextDocument doc, SyntheticArticles.Injection inj) {
        String p = inj.paragraph().replace('\u201c', '"').replace('\u201d', '"');
        int start = doc.text().indexOf(p);
        int end = start + p.length();
        String source = String.valueOf(inj.source() + 1);
        for (Match m : found) {
            Duplicate d = m.duplicate();
            if (source.equals(d.otherArticle()) && d.start() < end && start < d.end()) return true;
        }
        return false;
    }

    private static void bigTexts(PrintStream out, SyntheticArticles gen, DuplicateFinder finder) {
        StringBuilder big = new StringBuilder("A very long article\n\n");
        List<String> repeats = new ArrayList<>();
        for (int i = 0; big.length() < 10_000_000; i++) {
            String t = gen.article(1_000_000 + i).text();
            String body = t.substring(t.indexOf("\n\n") + 2, t.lastIndexOf("\n\n"));
            big.append(body).append("\n\n");
            if (i % 500 == 0) repeats.add(body.substring(0, body.indexOf("\n\n")));
            if (i % 500 == 250 && !repeats.isEmpty()) big.append(repeats.get(0)).append("\n\n");
        }
        timeWithin(out, "10 MB article (synthetic paragraphs, some repeated)", big.toString(), finder);
        timeWithin(out, "one word repeated 1,000,000 times", "word ".repeat(1_000_000).strip(), finder);
    }

    private static void timeWithin(PrintStream out, String label, String text, DuplicateFinder finder) {
        long t0 = System.nanoTime();
        TextDocument doc = DocumentBuilder.standard().build(text, ArticleMeta.empty());
        long t1 = System.nanoTime();
        long c1 = cpu();
        List<Duplicate> d = finder.within(doc);
        long c2 = cpu();
        long t2 = System.nanoTime();
        int[] f = finder.fingerprints(doc);
        long t3 = System.nanoTime();
        out.printf(Locale.ROOT, "  %s: %.1f MB; building the document %.2f s; repeats %.2f s wall, %.2f s cpu (%.1f MB/s cpu, %d passages);"
                        + " fingerprints %.2f s (%d)%n",
                label, text.length() / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9, text.length() / 1e6 / ((c2 - c1) / 1e9),
                d.size(), (t3 - t2) / 1e9, f.length);
    }

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("sourcelight-bench");
            return dir.resolve("library.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this thread (native SQLite work included): the machine is shared, wall time alone misleads. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long sizeOrZero(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
        try {
            Files.deleteIfExists(file.getParent());
        } catch (IOException ignored) {
            // idem
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(System.out, sizes);
    }
}

package org.sourcelight.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sourcelight.store.Database;

/**
 * Crash safety as a benchmark: many rounds of a child JVM ({@link KillChild}) saving annotations and importing
 * batches into one library, killed with SIGKILL ({@code destroyForcibly}) at a random moment; after each kill the
 * library must pass {@code PRAGMA integrity_check}, every annotation the child reported committed must be there, and
 * every batch must be all there or not at all. Rounds: {@code -Dsourcelight.kill.rounds=N} (default 20).
 */
public final class KillBench {
    private KillBench() {}

    /** What the rounds found. */
    public record Result(int rounds, long committedNotes, long lostNotes, long batchesCommitted, long lostBatches,
                         long partialBatches, int damaged, double seconds) {}

    public static void run(PrintStream out) {
        int rounds = Integer.getInteger("sourcelight.kill.rounds", 20);
        Path dir;
        try {
            dir = Files.createTempDirectory("sourcelight-kill");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Result r = rounds(dir.resolve("library.db"), rounds, new Random(), out);
        out.printf("kill -9 rounds: %d in %.0f s; committed annotations %d, lost %d; batches committed %d, lost %d, partial %d;"
                        + " damaged libraries %d%n", r.rounds(), r.seconds(), r.committedNotes(), r.lostNotes(),
                r.batchesCommitted(), r.lostBatches(), r.partialBatches(), r.damaged());
    }

    /** Runs {@code rounds} kill rounds on {@code file}; {@code progress} gets a line every 50 rounds (may be null). */
    public static Result rounds(Path file, int rounds, Random random, PrintStream progress) {
        long t0 = System.nanoTime();
        Set<String> notes = new HashSet<>();
        Set<String> batches = new HashSet<>();
        Set<String> started = new HashSet<>();
        long lostNotes = 0, lostBatches = 0, partial = 0;
        int damaged = 0;
        for (int round = 1; round <= rounds; round++) {
            List<String> lines = killOnce(file, 30 + random.nextInt(1500));
            for (String l : lines) {
                if (l.startsWith("A ")) notes.add(l.substring(2));
                else if (l.startsWith("B ")) batches.add(l.substring(2));
                else if (l.startsWith("b ")) started.add(l.substring(2));
            }
            try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) damaged++;
                }
                Set<String> present = new HashSet<>();
                try (ResultSet rs = s.executeQuery("SELECT uuid FROM annotation")) {
                    while (rs.next()) present.add(rs.getString(1));
                }
                for (String n : notes) if (!present.contains(n)) lostNotes++;
                java.util.Map<String, Integer> perBatch = new java.util.HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT title FROM article WHERE title LIKE 'batch-%'")) {
                    while (rs.next()) {
                        String t = rs.getString(1);
                        perBatch.merge(t.substring(0, t.lastIndexOf('-')), 1, Integer::sum);
                    }
                }
                for (String b : batches) if (perBatch.getOrDefault(b, 0) != KillChild.BATCH) lostBatches++;
                for (String b : started) {
                    int n = perBatch.getOrDefault(b, 0);
                    if (n != 0 && n != KillChild.BATCH) partial++;
                }
                started.clear();
            } catch (RuntimeException | java.sql.SQLException e) {
                damaged++;
            }
            if (progress != null && round % 50 == 0) {
                progress.printf("  round %d: %d annotations committed, %d lost, %d damaged%n", round, notes.size(), lostNotes, damaged);
            }
        }
        return new Result(rounds, notes.size(), lostNotes, batches.size(), lostBatches, partial, damaged,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Starts the child, kills it {@code afterMs} after it is ready, and returns what it printed. */
    private static List<String> killOnce(Path file, int afterMs) {
        List<String> lines = new ArrayList<>();
        Process child;
        try {
            child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(l);
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the child died: what it printed before is all there is
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (lines) {
                while (!lines.contains("READY") && child.isAlive() && System.currentTimeMillis() < deadline) lines.wait(100);
            }
            Thread.sleep(afterMs);
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }
}

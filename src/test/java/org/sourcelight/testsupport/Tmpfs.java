package org.sourcelight.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test: a real filesystem that fills up, or that can be made read-only (which stops root
 * too, unlike file permissions). Skips the test where mounting is not permitted (not Linux, not root, a container
 * without the capability).
 */
public final class Tmpfs implements AutoCloseable {
    private final Path dir;

    private Tmpfs(Path dir) { this.dir = dir; }

    /** Mounts a tmpfs of {@code size} (e.g. "1m") on a new folder under {@code parent}, or skips the test. */
    public static Tmpfs mount(Path parent, String size) throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "tmpfs needs Linux");
        Path dir = Files.createTempDirectory(parent, "tmpfs");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()),
                "mounting a tmpfs is not permitted here");
        return new Tmpfs(dir);
    }

    public Path dir() { return dir; }

    public void readOnly(boolean ro) {
        if (!run("mount", "-o", "remount," + (ro ? "ro" : "rw"), dir.toString())) {
            throw new IllegalStateException("could not remount " + dir + (ro ? " read-only" : " read-write"));
        }
    }

    @Override
    public void close() {
        run("umount", "-l", dir.toString());
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

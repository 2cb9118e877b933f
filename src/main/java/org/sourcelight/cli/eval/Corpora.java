package org.sourcelight.cli.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the development corpora live. They are not shipped and not committed (no licence to redistribute): a
 * developer fetches them into {@code .cache/corpora/} under the project folder (see docs/evaluation.md), or points
 * {@code -Dsourcelight.corpora=DIR} / {@code SOURCELIGHT_CORPORA=DIR} at another folder.
 *
 * <p>Layout under the root: {@code polnear/data/{train,dev}/{text,attributions}}, {@code babe/data/},
 * {@code basil/data/}, {@code readability/test/test-pages/}. PolNeAR {@code data/test} is held out and never read.
 */
public final class Corpora {
    private Corpora() {}

    /** The corpora root, whether or not it exists. */
    public static Path root() {
        String p = System.getProperty("sourcelight.corpora");
        if (p == null || p.isBlank()) p = System.getenv("SOURCELIGHT_CORPORA");
        if (p == null || p.isBlank()) return Path.of(".cache", "corpora");
        return Path.of(p);
    }

    /** A folder under the root ({@code "polnear/data/dev"}), if present. */
    public static Optional<Path> find(String relative) {
        if (relative.contains("data/test")) throw new IllegalArgumentException("PolNeAR data/test is held out");
        Path d = root().resolve(relative);
        return Files.isDirectory(d) ? Optional.of(d) : Optional.empty();
    }
}

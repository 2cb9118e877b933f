package org.sourcelight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** The five canonical sample articles, for tests. */
public final class Samples {
    public static final String S000 = "000_23ee36220cf28560.txt";
    public static final String S001 = "001_b22a2843e4ff1581.txt";
    public static final String S002 = "002_72e6556a1752182b.txt";
    public static final String S003 = "003_b1f2f034b3d55e34.txt";
    public static final String S004 = "004_998be1bf658dc753.txt";
    public static final List<String> ALL = List.of(S000, S001, S002, S003, S004);

    private Samples() {}

    public static Path dir() {
        String p = System.getProperty("sourcelight.samples");
        Path d = p != null ? Path.of(p) : Path.of("samples");
        if (!Files.isDirectory(d)) d = Path.of("samples");
        return d;
    }

    public static Path path(String name) { return dir().resolve(name); }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TextDocument doc(String name) {
        return DocumentBuilder.standard().build(text(name), ArticleMeta.empty().withOrigin(name));
    }

    public static Stream<String> names() { return ALL.stream(); }
}

package org.sourcelight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts the micro-benchmarks run over: the five samples ({@code samples/}, run from the project folder). */
final class Texts {
    private Texts() {}

    static List<String> samples() {
        List<String> out = new ArrayList<>();
        Path dir = Path.of(System.getProperty("sourcelight.samples", "samples"));
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the project folder (samples/ not found)", e);
        }
        return out;
    }
}

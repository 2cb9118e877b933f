package org.sourcelight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tool's own limits: one plain line per panel saying how often its detector was right. Two parts, joined:
 * <ul>
 *   <li>on the project's hand-labelled samples, from {@code resources/evaluation/accuracy.properties}
 *       (key = panel id), or the {@code samples} key of the panel's own file when it has one;</li>
 *   <li>on public data the rules were not written on, from the panel's own generated file
 *       {@code resources/evaluation/<panel id>.properties} (key {@code public}), written by a
 *       {@code sourcelight eval KIND --write-accuracy} run, never by hand.</li>
 * </ul>
 * Immutable once built; a panel's file is read the first time its line is asked for.
 */
public final class Calibration {
    public static final String NOT_MEASURED = "Not yet measured on the sample set.";
    private static final String RESOURCE = "evaluation/accuracy.properties";
    private static final Calibration STANDARD = new Calibration(read(RESOURCE), Calibration::panelFile);

    private final Properties samples;
    private final Function<String, Properties> panelFiles;
    private final Map<String, Properties> loaded = new ConcurrentHashMap<>();

    /** Sample lines only (no per-panel files). */
    Calibration(Properties samples) {
        this(samples, id -> new Properties());
    }

    Calibration(Properties samples, Function<String, Properties> panelFiles) {
        this.samples = samples;
        this.panelFiles = panelFiles;
    }

    public static Calibration standard() { return STANDARD; }

    /** The line for a panel id ("sources", "outlets", "duplicates", "assertions"), or {@link #NOT_MEASURED}. */
    public String line(String panelId) {
        if (panelId == null || !panelId.matches("[a-z][a-z0-9-]{0,40}")) return NOT_MEASURED;
        Properties own = loaded.computeIfAbsent(panelId, panelFiles);
        String sample = firstNonBlank(own.getProperty("samples"), samples.getProperty(panelId));
        String pub = firstNonBlank(own.getProperty("public"), null);
        if (sample == null && pub == null) return NOT_MEASURED;
        if (sample == null) return pub;
        return pub == null ? sample : sample + " " + pub;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a.strip();
        if (b != null && !b.isBlank()) return b.strip();
        return null;
    }

    private static Properties panelFile(String panelId) {
        return read("evaluation/" + panelId + ".properties");
    }

    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a missing or unreadable file means nothing was measured there: the line says only what is known
        }
        return p;
    }
}

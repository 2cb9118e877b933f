package org.sourcelight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The tool's own limits: one plain line per panel saying how often its detector was right on the project's
 * hand-labelled samples, from {@code resources/evaluation/accuracy.properties}. Immutable.
 */
public final class Calibration {
    public static final String NOT_MEASURED = "Not yet measured on the sample set.";
    private static final String RESOURCE = "evaluation/accuracy.properties";
    private static final Calibration STANDARD = load();

    private final Properties lines;

    Calibration(Properties lines) {
        this.lines = lines;
    }

    public static Calibration standard() { return STANDARD; }

    /** The line for a panel id ("sources", "outlets", "duplicates", "assertions"), or {@link #NOT_MEASURED}. */
    public String line(String panelId) {
        String v = panelId == null ? null : lines.getProperty(panelId);
        return v == null || v.isBlank() ? NOT_MEASURED : v.strip();
    }

    private static Calibration load() {
        Properties p = new Properties();
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a missing or unreadable file means nothing was measured: every panel says so
        }
        return new Calibration(p);
    }
}

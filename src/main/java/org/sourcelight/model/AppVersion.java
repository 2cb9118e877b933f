package org.sourcelight.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The running Sourcelight version, from {@code org/sourcelight/version.properties}, which Maven writes from the
 * pom's {@code <version>} at build time. Written into lesson packs and student work files and shown in Help → About.
 */
public final class AppVersion {
    private static final String NUMBER = load();

    private AppVersion() {}

    /** "Sourcelight 0.2.0". */
    public static String current() {
        return "Sourcelight " + NUMBER;
    }

    /** "0.2.0". */
    public static String number() {
        return NUMBER;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/sourcelight/version.properties")) {
            if (in == null) throw new IllegalStateException("version.properties is missing from the build");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            if (v.isEmpty() || v.startsWith("$")) throw new IllegalStateException("version.properties was not filtered by the build");
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.sourcelight.classroom;

/** The running Sourcelight version, written into lesson packs and student work files. */
public final class AppVersion {
    private static final String FALLBACK = "0.1.0";

    private AppVersion() {}

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return "Sourcelight " + (v == null || v.isBlank() ? FALLBACK : v);
    }
}

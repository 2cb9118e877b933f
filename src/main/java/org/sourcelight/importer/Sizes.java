package org.sourcelight.importer;

import java.util.Locale;

/** Byte counts in words a reader understands: "812 bytes", "40 KB", "50.3 MB". */
final class Sizes {
    private Sizes() {}

    static String human(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        if (bytes < 1024L * 1024) return unit(bytes / 1024.0, "KB");
        if (bytes < 1024L * 1024 * 1024) return unit(bytes / (1024.0 * 1024), "MB");
        return unit(bytes / (1024.0 * 1024 * 1024), "GB");
    }

    /** "16,777,217 bytes". */
    static String exact(long bytes) {
        return String.format(Locale.ROOT, "%,d %s", bytes, bytes == 1 ? "byte" : "bytes");
    }

    private static String unit(double v, String unit) {
        if (Math.abs(v - Math.rint(v)) < 0.05) return String.format(Locale.ROOT, "%d %s", Math.round(v), unit);
        return String.format(Locale.ROOT, "%.1f %s", v, unit);
    }
}

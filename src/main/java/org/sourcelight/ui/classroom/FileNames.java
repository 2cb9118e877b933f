package org.sourcelight.ui.classroom;

import java.nio.file.Path;
import java.util.Locale;

/** File names for what the classroom windows save: a default name from a title, and the right extension. */
public final class FileNames {
    private FileNames() {}

    /** {@code file} with {@code extension} (".sllesson") added when the reader did not type it. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(extension)) return file;
        return file.resolveSibling(name + extension);
    }

    /** A file name offered in a save dialog: the title without characters file systems refuse, plus the extension. */
    public static String suggested(String title, String fallback, String extension) {
        String t = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N} ._-]+", " ").replaceAll("\\s+", " ").strip();
        if (t.length() > 80) t = t.substring(0, 80).strip();
        return (t.isEmpty() ? fallback : t) + extension;
    }
}

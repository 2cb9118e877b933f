package org.sourcelight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The child JVM's command line when the operating system does not report this one (Linux gives no arguments for a
 * command line of about 4 KB or more, e.g. {@code analyze} over hundreds of files).
 */
class FastStartTest {
    @Test
    void aRebuiltCommandLineEndsWithTheClassPathTheLauncherAndEveryFile() {
        String[] files = new String[500];
        for (int i = 0; i < files.length; i++) files[i] = "folder/article-" + i + ".txt";
        String[] app = new String[files.length + 1];
        app[0] = "analyze";
        System.arraycopy(files, 0, app, 1, files.length);
        List<String> line = Arrays.asList(FastStart.rebuiltArguments(app));
        int cp = line.indexOf("-cp");
        assertEquals(System.getProperty("java.class.path"), line.get(cp + 1));
        assertEquals(Launcher.class.getName(), line.get(cp + 2));
        assertEquals(Arrays.asList(app), line.subList(cp + 3, line.size()), "every argument, in order");
        assertEquals(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), line.subList(0, cp),
                "this JVM's own options first");
    }

    @Test
    void onLinuxTheWholeCommandLineIsReadFromProcAndEndsWithTheArguments() {
        String[] none = {"analyze", "no-such-argument-of-this-jvm.txt"};
        assertTrue(FastStart.procArguments(none).isEmpty(), "a line that does not end with the arguments is not used");
        if (!java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/cmdline"))) return;
        String[] own = FastStart.procArguments(new String[0]).orElseThrow();
        assertTrue(own.length > 0, "this JVM was started with arguments");
        String[] last = Arrays.copyOfRange(own, own.length - 1, own.length);
        assertEquals(Arrays.asList(own), Arrays.asList(FastStart.procArguments(last).orElseThrow()),
                "the whole line, given that it ends with its last argument");
    }

    @Test
    void aCommandLineCutShortIsNotUsed() {
        // near 4 KB Linux may report the command line cut short: the last file of a batch was then left out silently
        String[] app = {"analyze", "a.txt", "b.txt", "c.txt"};
        String[] whole = {"-XX:TieredStopAtLevel=1", "-jar", "sourcelight.jar", "analyze", "a.txt", "b.txt", "c.txt"};
        String[] cut = Arrays.copyOf(whole, whole.length - 1);
        assertTrue(FastStart.endsWith(whole, app));
        assertFalse(FastStart.endsWith(cut, app), "a line without the last file");
        assertFalse(FastStart.endsWith(new String[] {"b.txt", "c.txt"}, app), "shorter than the arguments");
        assertTrue(FastStart.endsWith(whole, new String[0]));
    }

    @Test
    void archiveNamesTellKeysApartAndStayTheSame() {
        assertEquals(FastStart.hash("17.0.15\u0000-jar\u0000sourcelight.jar"), FastStart.hash("17.0.15\u0000-jar\u0000sourcelight.jar"));
        assertNotEquals(FastStart.hash("17.0.15\u0000-jar\u0000a.jar"), FastStart.hash("17.0.15\u0000-jar\u0000b.jar"));
        assertEquals(32, FastStart.hash("").length());
        assertTrue(FastStart.hash("x").matches("[0-9a-f]{32}"));
    }
}

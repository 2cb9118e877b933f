package org.sourcelight;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

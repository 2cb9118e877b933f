package org.sourcelight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.AppVersion;
import org.sourcelight.ui.SourcelightApp;

class LauncherTest {
    @Test
    void aLessonPackFromTheFileManagerOpensTheReaderNotTheCommandLine() {
        assertTrue(Launcher.opensReader(new String[] {"/home/ada/Downloads/Who speaks.sllesson"}));
        assertTrue(Launcher.opensReader(new String[] {"LESSON.SLLESSON"}));
        assertTrue(Launcher.opensReader(new String[] {"--db", "x.db"}));
        assertFalse(Launcher.opensReader(new String[] {"analyze", "a.sllesson"}));
        assertFalse(Launcher.opensReader(new String[] {"--help"}));
    }

    @Test
    void lessonFilesAreMadeAbsoluteAndTheLibraryArgumentIsNotALesson() {
        List<String> got = SourcelightApp.lessonFiles(List.of("--db", "odd.sllesson", "class/week1.sllesson", "notes.txt"));
        assertEquals(List.of(Path.of("class/week1.sllesson").toAbsolutePath().normalize().toString()), got);
        assertEquals(Path.of("odd.sllesson"), SourcelightApp.dbPath(List.of("--db", "odd.sllesson", "class/week1.sllesson")));
    }

    @Test
    void theVersionShownIsThePomsVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>sourcelight</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        assertEquals(m.group(1), AppVersion.number());
        assertEquals("Sourcelight " + m.group(1), AppVersion.current());
    }
}

package org.sourcelight.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.LessonPackException;

/**
 * Fuzz target: any bytes as a lesson pack file. Reading either gives a lesson or a {@link LessonPackException} with a
 * message; anything else (an unchecked exception, a hang, memory blow-up) is a finding.
 */
class LessonPackFuzzTest {
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("fuzz", ".sllesson");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void lessonPack(byte[] data) throws IOException {
        Files.write(FILE, data);
        try {
            Lesson l = LessonPack.standard().read(FILE);
            FuzzChecks.require(!l.articles().isEmpty(), "a lesson without articles was accepted");
        } catch (LessonPackException refused) {
            FuzzChecks.require(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal without a message");
        }
    }
}

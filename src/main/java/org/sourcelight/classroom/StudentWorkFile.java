package org.sourcelight.classroom;

import org.sourcelight.model.AppVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's work as a file for the teacher: {@code .slwork}, a small JSON document
 * ({@code {"format":"sourcelight-work","schemaVersion":1,"appVersion":…,"work":{…}}}, see
 * {@code docs/lesson-pack-format.md}). Reading is size-capped and every refusal is one plain sentence.
 */
public final class StudentWorkFile {
    public static final String FORMAT = "sourcelight-work";
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".slwork";
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    record Envelope(String format, int schemaVersion, String appVersion, StudentWork work) {}

    private StudentWorkFile() {}

    public static void write(StudentWork work, Path file) throws LessonPackException {
        try {
            Files.write(file, LessonPack.JSON.writeValueAsBytes(new Envelope(FORMAT, SCHEMA_VERSION, AppVersion.current(), work)));
        } catch (IOException e) {
            throw new LessonPackException("The work could not be saved to " + file + " (" + e.getMessage() + ").", e);
        }
    }

    public static StudentWork read(Path file) throws LessonPackException {
        String name = String.valueOf(file.getFileName());
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new LessonPackException(name + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (data.length > MAX_BYTES) throw new LessonPackException(name + " is larger than a student's work can be; it is not a Sourcelight work file.");
        Envelope env;
        try {
            env = LessonPack.JSON.readValue(data, Envelope.class);
        } catch (IOException e) {
            throw new LessonPackException(name + " is not a Sourcelight work file, or it is damaged.", e);
        }
        if (env == null || !FORMAT.equals(env.format())) throw new LessonPackException(name + " is not a Sourcelight work file.");
        if (env.schemaVersion() > SCHEMA_VERSION) throw new LessonPackException(name + " was made by a newer Sourcelight; update Sourcelight to open it.");
        if (env.work() == null) throw new LessonPackException(name + " is damaged: it holds no work.");
        return env.work();
    }

    /** Reads several files; the first failure names its file. */
    public static List<StudentWork> readAll(List<Path> files) throws LessonPackException {
        List<StudentWork> out = new ArrayList<>();
        for (Path f : files) out.add(read(f));
        return out;
    }
}

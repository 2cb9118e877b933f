package org.sourcelight.classroom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.Normalizer;

/**
 * Writes and reads lesson packs: one {@code .sllesson} zip with {@code manifest.json} and one UTF-8 text entry per
 * article ({@code articles/1.txt} …). The format is documented in {@code docs/lesson-pack-format.md}. Reading treats
 * the file as untrusted (see {@link SafeZip}); nothing is ever written to disk from an entry name.
 */
public final class LessonPack {
    public static final String FORMAT = "sourcelight-lesson";
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".sllesson";
    public static final String MANIFEST = "manifest.json";
    public static final int MAX_ARTICLES = 20;
    public static final int MAX_KEY_ITEMS = 5_000;
    public static final int MAX_QUESTIONS = 200;

    private static final long MB = 1024L * 1024L;
    private static final Pattern ARTICLE_ENTRY = Pattern.compile("articles/[1-9][0-9]{0,2}\\.txt");
    private static final String WHAT = "This lesson pack";
    static final SafeZip.Limits STANDARD_LIMITS = new SafeZip.Limits(64 * MB, 64, 16 * MB, 64 * MB, 100, MB);
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private final SafeZip.Limits limits;

    LessonPack(SafeZip.Limits limits) {
        this.limits = limits;
    }

    public static LessonPack standard() { return new LessonPack(STANDARD_LIMITS); }

    record Manifest(String format, int schemaVersion, String appVersion, Info lesson, List<ArticleEntry> articles,
                    List<Question> questions) {}

    record Info(String id, String title, String teacherNotes) {}

    record ArticleEntry(String entry, String title, ArticleMeta meta, List<KeyItem> keyItems) {}

    /** Writes the pack to {@code file} (via a temporary file beside it, so a failed export leaves nothing half-written). */
    public void write(Lesson lesson, Path file) throws LessonPackException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(lesson, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LessonPackException("The lesson could not be saved to " + file + " (" + e.getMessage() + ").", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file stays behind; the message above already reports the failure
            }
        }
    }

    public void write(Lesson lesson, OutputStream target) throws IOException {
        List<ArticleEntry> entries = new ArrayList<>();
        for (int i = 0; i < lesson.articles().size(); i++) {
            LessonArticle a = lesson.articles().get(i);
            entries.add(new ArticleEntry("articles/" + (i + 1) + ".txt", a.title(), a.meta(), a.keyItems()));
        }
        Manifest m = new Manifest(FORMAT, SCHEMA_VERSION, lesson.appVersion(),
                new Info(lesson.id(), lesson.title(), lesson.teacherNotes()), entries, lesson.questions());
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writeValueAsBytes(m));
        zip.closeEntry();
        for (int i = 0; i < entries.size(); i++) {
            zip.putNextEntry(new ZipEntry(entries.get(i).entry()));
            zip.write(lesson.articles().get(i).originalText().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * Reads and checks a pack. Nothing is written anywhere. Every malformed pack is refused with a
     * {@link LessonPackException} whose message says so plainly; nothing else is thrown.
     */
    public Lesson read(Path file) throws LessonPackException {
        try {
            return readChecked(file);
        } catch (RuntimeException e) {
            // a check missed above: still a plain refusal, never a crash of the import (issue 15)
            throw damaged("part of it could not be understood (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Lesson readChecked(Path file) throws LessonPackException {
        Map<String, byte[]> entries = SafeZip.read(file, limits,
                n -> n.equals(MANIFEST) || ARTICLE_ENTRY.matcher(n).matches(), WHAT);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new LessonPackException(WHAT + " is not a Sourcelight lesson: it has no manifest.json (it may be another kind of zip file).");
        }
        Manifest m;
        try {
            m = JSON.readValue(manifestBytes, Manifest.class);
        } catch (IOException e) {
            throw damaged("its manifest.json cannot be read", e);
        }
        if (m == null || !FORMAT.equals(m.format())) {
            throw new LessonPackException(WHAT + " is not a Sourcelight lesson: its manifest describes something else.");
        }
        if (m.schemaVersion() > SCHEMA_VERSION) {
            throw new LessonPackException(WHAT + " was made by a newer Sourcelight (format version " + m.schemaVersion()
                    + "); update Sourcelight to open it.");
        }
        if (m.schemaVersion() < 1 || m.lesson() == null || m.articles() == null || m.articles().isEmpty()) {
            throw damaged("its manifest has no lesson or no articles", null);
        }
        if (m.articles().size() > MAX_ARTICLES) throw damaged("it lists more than " + MAX_ARTICLES + " articles", null);
        List<Question> questions = m.questions() == null ? List.of() : m.questions();
        if (questions.size() > MAX_QUESTIONS) throw damaged("it has more than " + MAX_QUESTIONS + " questions", null);
        for (Question q : questions) if (q == null) throw damaged("one of its questions is empty", null);
        List<LessonArticle> articles = new ArrayList<>();
        for (ArticleEntry e : m.articles()) {
            if (e == null || e.entry() == null || !entries.containsKey(e.entry())) {
                throw damaged("an article listed in the manifest is missing from the pack", null);
            }
            String text = utf8(entries.get(e.entry()), e.entry());
            List<KeyItem> items = e.keyItems() == null ? List.of() : e.keyItems();
            if (items.size() > MAX_KEY_ITEMS) throw damaged("an article has more than " + MAX_KEY_ITEMS + " key items", null);
            int len = Normalizer.normalize(text).text().length();
            for (KeyItem k : items) {
                if (k == null || k.end() > len) throw damaged("a key item points beyond the end of its article", null);
            }
            try {
                articles.add(new LessonArticle(e.title(), text, e.meta(), items));
            } catch (IllegalArgumentException ex) {
                throw damaged("an article is incomplete (" + ex.getMessage() + ")", ex);
            }
        }
        try {
            return new Lesson(m.lesson().id(), m.lesson().title(), m.lesson().teacherNotes(), m.appVersion(), articles, questions);
        } catch (IllegalArgumentException ex) {
            throw damaged("its lesson is incomplete (" + ex.getMessage() + ")", ex);
        }
    }

    private static String utf8(byte[] data, String entry) throws LessonPackException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw damaged("the article " + entry + " is not UTF-8 text", e);
        }
    }

    private static LessonPackException damaged(String why, Throwable cause) {
        return new LessonPackException(WHAT + " is damaged: " + why + ". Nothing was imported.", cause);
    }
}

package org.sourcelight.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.Database;

class LessonPackTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheSameLessonWithoutDuplicateArticles() throws Exception {
        Lesson lesson = Fixtures.lesson();
        Path file = dir.resolve("lesson" + LessonPack.EXTENSION);
        try (Database teacherDb = Database.inMemory(); Database studentDb = Database.inMemory()) {
            ClassroomService teacher = ClassroomService.standard(LibraryService.standard(teacherDb));
            teacher.export(lesson, file);
            assertEquals(2, teacher.library().articles().count(), "exporting remembers the lesson's articles once");
            assertEquals(lesson, teacher.lesson("lesson-1").orElseThrow());

            ClassroomService student = ClassroomService.standard(LibraryService.standard(studentDb));
            ClassroomService.Imported first = student.importPack(file);
            assertFalse(first.existed());
            assertEquals(lesson, first.lesson());
            assertEquals(lesson, student.lesson("lesson-1").orElseThrow());
            ClassroomService.Imported second = student.importPack(file);
            assertTrue(second.existed(), "the same pack twice is the same lesson");
            assertEquals(first.articleIds(), second.articleIds());
            assertEquals(2, student.library().articles().count());
            assertEquals(1, student.repository().lessonCount());
            assertEquals(first.articleIds(), student.repository().lessonArticles("lesson-1"));

            // importing into the teacher's own library adds nothing either
            teacher.importPack(file);
            assertEquals(2, teacher.library().articles().count());
        }
        assertFalse(Files.exists(dir.resolve("lesson.sllesson.part")));
    }

    @Test
    void keyItemsComeFromTheAnalysisWithExplanations() {
        LessonArticle a = Fixtures.lesson().articles().get(1);
        String text = a.document().text();
        KeyItem sana = a.keyItems().stream().filter(k -> k.label().equals("SANA")).findFirst().orElseThrow();
        assertEquals(Category.STATE_MEDIA, sana.category());
        assertEquals("SANA", text.substring(sana.start(), sana.end()));
        assertEquals("The article relies on SANA: State-controlled media. The state pays for it, controls who runs it and "
                + "controls what it reports.", sana.explanation());
        KeyItem cue = a.keyItems().stream().filter(k -> k.label().equals("state-run news agency")).findFirst().orElseThrow();
        assertEquals("state-run news agency", text.substring(cue.start(), cue.end()));
        // Rudaw is private: its publisher line is not a state-media key item
        assertTrue(a.keyItems().stream().noneMatch(k -> k.label().equals("Rudaw")));
        assertEquals(List.of(Category.SOURCE, Category.STATE_MEDIA, Category.STATE_MEDIA, Category.SOURCE),
                a.keyItems().stream().map(KeyItem::category).toList());
    }

    @Test
    void pathTraversalEntryIsRejectedAndNothingIsWritten() throws Exception {
        Path pack = zip("evil.sllesson", "../../evil", "gotcha".getBytes(StandardCharsets.UTF_8));
        LessonPackException e = assertThrows(LessonPackException.class, () -> LessonPack.standard().read(pack));
        assertEquals("This lesson pack is unsafe: it contains an entry named \"../../evil\" that could point outside the pack. "
                + "Nothing was imported.", e.getMessage());
        try (Stream<Path> s = Files.walk(dir.getParent(), 2)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("evil")));
        }
        for (String bad : List.of("/etc/passwd", "articles\\..\\x", "C:/x", "a/./b", "a\u0000b")) {
            LessonPackException x = assertThrows(LessonPackException.class, () -> SafeZip.checkName(bad, "This lesson pack"));
            assertTrue(x.getMessage().contains("is unsafe"), bad);
        }
    }

    @Test
    void zipBombIsStoppedByTheRatioCap() throws Exception {
        byte[] zeros = new byte[50 * 1024 * 1024];
        Path pack = zip("bomb.sllesson", "articles/1.txt", zeros);
        assertTrue(Files.size(pack) < 200_000, "the bomb compresses well: " + Files.size(pack));
        LessonPackException e = assertThrows(LessonPackException.class, () -> LessonPack.standard().read(pack));
        assertEquals("This lesson pack unpacks to more than 100 times its size, like a zip bomb; it was not opened.", e.getMessage());
    }

    @Test
    void totalAndEntryCapsApplyWhileStreaming() throws Exception {
        byte[] random = new byte[300_000];
        new java.util.Random(7).nextBytes(random);
        Path pack = zip("big.sllesson", "articles/1.txt", random, "articles/2.txt", random);
        SafeZip.Limits total = new SafeZip.Limits(1 << 20, 10, 1 << 20, 500_000, 100, 1 << 20);
        assertEquals("This lesson pack unpacks to more than 488 KB; it was not opened.",
                assertThrows(LessonPackException.class, () -> new LessonPack(total).read(pack)).getMessage());
        SafeZip.Limits entry = new SafeZip.Limits(1 << 20, 10, 200_000, 1 << 20, 100, 1 << 20);
        assertEquals("This lesson pack has an entry \"articles/1.txt\" larger than 195 KB when unpacked; it was not opened.",
                assertThrows(LessonPackException.class, () -> new LessonPack(entry).read(pack)).getMessage());
        SafeZip.Limits entries = new SafeZip.Limits(1 << 20, 1, 1 << 20, 1 << 20, 100, 1 << 20);
        assertEquals("This lesson pack has more than 1 entries; it is not a lesson Sourcelight made.",
                assertThrows(LessonPackException.class, () -> new LessonPack(entries).read(pack)).getMessage());
    }

    @Test
    void foreignAndDamagedFilesGetAPlainMessage() throws Exception {
        Path foreign = zip("photos.zip", "holiday.jpg", new byte[]{1, 2, 3});
        assertEquals("This lesson pack is not a Sourcelight lesson: it has no manifest.json (it may be another kind of zip file).",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(foreign)).getMessage());

        Path garbage = dir.resolve("garbage.sllesson");
        Files.write(garbage, "this is just some text, not a pack".getBytes(StandardCharsets.UTF_8));
        assertEquals("This lesson pack is not a Sourcelight file: it is not a zip archive.",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(garbage)).getMessage());

        Path other = zip("other.sllesson", "manifest.json", "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("This lesson pack is not a Sourcelight lesson: its manifest describes something else.",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(other)).getMessage());

        Path newer = zip("newer.sllesson", "manifest.json", "{\"format\":\"sourcelight-lesson\",\"schemaVersion\":9}".getBytes(StandardCharsets.UTF_8));
        assertEquals("This lesson pack was made by a newer Sourcelight (format version 9); update Sourcelight to open it.",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(newer)).getMessage());

        Path badJson = zip("bad.sllesson", "manifest.json", "{not json".getBytes(StandardCharsets.UTF_8));
        assertEquals("This lesson pack is damaged: its manifest.json cannot be read. Nothing was imported.",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(badJson)).getMessage());

        ByteArrayOutputStream good = new ByteArrayOutputStream();
        LessonPack.standard().write(Fixtures.lesson(), good);
        Path truncated = dir.resolve("truncated.sllesson");
        Files.write(truncated, Arrays.copyOf(good.toByteArray(), good.size() / 2));
        String m = assertThrows(LessonPackException.class, () -> LessonPack.standard().read(truncated)).getMessage();
        assertTrue(m.startsWith("This lesson pack is damaged"), m);
    }

    @Test
    void keyItemBeyondTheArticleIsDamage() throws Exception {
        String manifest = """
                {"format":"sourcelight-lesson","schemaVersion":1,"appVersion":"x","lesson":{"id":"l","title":"t"},
                 "articles":[{"entry":"articles/1.txt","title":"A","keyItems":[{"category":"SOURCE","start":0,"end":999,
                 "label":"x","explanation":"y","origin":"TEACHER","kept":true}]}]}""";
        Path pack = zip("beyond.sllesson", "manifest.json", manifest.getBytes(StandardCharsets.UTF_8),
                "articles/1.txt", "Short text.".getBytes(StandardCharsets.UTF_8));
        assertEquals("This lesson pack is damaged: a key item points beyond the end of its article. Nothing was imported.",
                assertThrows(LessonPackException.class, () -> LessonPack.standard().read(pack)).getMessage());
    }

    /** A zip with the given (name, bytes) pairs, written by hand so that any entry name is possible. */
    private Path zip(String file, Object... entries) throws IOException {
        Path p = dir.resolve(file);
        try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return p;
    }
}

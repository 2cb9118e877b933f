package org.sourcelight.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.Database;

class PracticeTest {
    @TempDir
    Path dir;

    /** A one-article lesson on sample 000 with three key items and a dismissed one. */
    static Lesson lesson() {
        LessonArticle a = Fixtures.article(Fixtures.analysis000());
        String t = a.document().text();
        int z = t.indexOf("Maria Zakharova said");
        int lav = t.indexOf("Russian Foreign Minister Sergei Lavrov");
        int as = t.indexOf("Russia says the US military");
        List<KeyItem> items = List.of(
                new KeyItem(Category.SOURCE, t.lastIndexOf('\n', z) + 1, t.indexOf('\n', z), "Maria Zakharova", "A named spokeswoman.", KeyItem.Origin.ANALYSIS, true),
                new KeyItem(Category.SOURCE, lav, lav + 38, "Sergei Lavrov", "Russia's foreign minister, named.", KeyItem.Origin.TEACHER, true),
                new KeyItem(Category.ASSERTION, as, t.indexOf('\n', as), "agentless-accusation", "The outlet says this itself.", KeyItem.Origin.ANALYSIS, true),
                new KeyItem(Category.DUPLICATE, 0, 10, "x", "dismissed by the teacher", KeyItem.Origin.ANALYSIS, false));
        return new Lesson("p-1", "Practice", "", "Sourcelight 0.1.0", List.of(a.withKeyItems(items)), List.of(new Question("Who speaks first?", "Zakharova")));
    }

    @Test
    void checkMyWorkSortsMarksIntoFoundMissedAndExtra() {
        Lesson l = lesson();
        String t = l.articles().get(0).document().text();
        int z = t.indexOf("Zakharova said");
        int lavrovSentence = t.indexOf("Russian Foreign Minister Sergei Lavrov");
        int also = t.indexOf("also denounced", lavrovSentence);
        int photo = t.indexOf("(Photo by AFP)");
        List<Mark> marks = List.of(
                new Mark(0, Category.SOURCE, z, z + 9, "the spokeswoman"),     // overlaps the Zakharova attribution entirely
                new Mark(0, Category.SOURCE, also, also + 14, ""),               // no overlap with Lavrov, same sentence
                new Mark(0, Category.STATE_MEDIA, photo, photo + 14, "AFP"),     // not in the key
                new Mark(0, Category.ASSERTION, 0, 4, ""));                      // the breadcrumb: extra
        CheckResult r = WorkChecker.check(l, marks);
        CheckResult.PerCategory src = r.of(Category.SOURCE);
        assertEquals(List.of("Maria Zakharova", "Sergei Lavrov"), src.found().stream().map(f -> f.key().label()).toList());
        assertEquals(marks.get(1), src.found().get(1).mark());
        assertEquals(List.of(), src.missed());
        CheckResult.PerCategory as = r.of(Category.ASSERTION);
        assertEquals(1, as.missed().size());
        assertEquals("The outlet says this itself.", as.missed().get(0).key().explanation());
        assertEquals(List.of(marks.get(3)), as.extra());
        assertEquals(List.of(marks.get(2)), r.of(Category.STATE_MEDIA).extra());
        assertTrue(r.of(Category.DUPLICATE).missed().isEmpty(), "a dismissed finding is not part of the key");
        assertEquals(2, r.found());
        assertEquals(1, r.missed());
        assertEquals(2, r.extra());
        assertEquals(67, r.percent());
    }

    @Test
    void aMarkOfTheWrongCategoryOrTooSmallAnOverlapFindsNothing() {
        Lesson l = lesson();
        KeyItem as = l.articles().get(0).key().get(2);
        // a source mark on the assertion sentence: wrong category
        assertEquals(0, WorkChecker.score(as, new Mark(0, Category.SOURCE, as.start(), as.end(), ""), List.of()));
        // an assertion mark that covers the sentence and far more: overlap is all of the shorter span, so it counts
        assertTrue(WorkChecker.score(as, new Mark(0, Category.ASSERTION, as.start(), as.end() + 400, ""), List.of()) > 0.5);
        // overlapping less than half of the shorter span and outside its sentence
        Mark edge = new Mark(0, Category.ASSERTION, as.end() - 3, as.end() + 20, "");
        assertEquals(0, WorkChecker.score(as, edge, l.articles().get(0).document().sentences()));
        // one mark cannot find two key items
        CheckResult r = WorkChecker.check(l, List.of(new Mark(0, Category.SOURCE, 0, as.end() + 2000, "")));
        assertEquals(1, r.of(Category.SOURCE).found().size());
    }

    @Test
    void classSummaryAddsUpStudents() {
        Lesson l = lesson();
        String t = l.articles().get(0).document().text();
        int z = t.indexOf("Zakharova said");
        KeyItem as = l.articles().get(0).key().get(2);
        Mark zak = new Mark(0, Category.SOURCE, z, z + 9, "");
        Mark assertion = new Mark(0, Category.ASSERTION, as.start(), as.end(), "");
        Mark extra = new Mark(0, Category.DUPLICATE, 0, 4, "");
        List<StudentWork> works = List.of(
                new StudentWork("p-1", "Practice", "Ben", List.of(zak, assertion), List.of(), ""),
                new StudentWork("p-1", "Practice", "ada", List.of(zak, extra), List.of(new Answer(0, "Zakharova")), ""),
                new StudentWork("p-1", "Practice", "Cy", List.of(), List.of(), ""));
        ClassSummary s = ClassSummary.of(l, works);
        assertEquals(List.of(new ClassSummary.Totals(Category.SOURCE, 2, 4, 0), new ClassSummary.Totals(Category.STATE_MEDIA, 0, 0, 0),
                new ClassSummary.Totals(Category.DUPLICATE, 0, 0, 1), new ClassSummary.Totals(Category.ASSERTION, 1, 2, 0)), s.categories());
        assertEquals(List.of(new ClassSummary.StudentScore("ada", 1, 3, 1, 33), new ClassSummary.StudentScore("Ben", 2, 3, 0, 67),
                new ClassSummary.StudentScore("Cy", 0, 3, 0, 0)), s.students());
        assertEquals("Sergei Lavrov", s.mostMissed().get(0).key().label());
        assertEquals(3, s.mostMissed().get(0).missedBy());
        assertEquals(List.of(3, 2, 1), s.mostMissed().stream().map(ClassSummary.MissedItem::missedBy).toList());

        StudentWork stranger = new StudentWork("other", "Another lesson", "Dee", List.of(), List.of(), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassSummary.of(l, List.of(stranger)));
        assertEquals("Dee's work is for another lesson (\"Another lesson\"), not \"Practice\".", e.getMessage());
    }

    @Test
    void workIsSavedInTheLibraryAndExportedAsAFile() throws Exception {
        Lesson l = lesson();
        try (Database db = Database.inMemory()) {
            ClassroomService svc = ClassroomService.standard(LibraryService.standard(db));
            LessonPack.standard().write(l, dir.resolve("p.sllesson"));
            svc.importPack(dir.resolve("p.sllesson"));
            StudentWork w = new StudentWork("p-1", "Practice", " Ada ", List.of(new Mark(0, Category.SOURCE, 5, 9, "note"),
                    new Mark(0, Category.ASSERTION, 20, 40, "")), List.of(new Answer(0, "Zakharova")), "");
            StudentWork saved = svc.save(w);
            assertFalse(saved.updated().isEmpty());
            assertEquals(saved, svc.work(l, "Ada").orElseThrow());
            StudentWork changed = new StudentWork("p-1", "Practice", "Ada", List.of(), List.of(new Answer(0, "Lavrov")), "");
            StudentWork again = svc.save(changed);
            assertEquals(List.of(), svc.work(l, "Ada").orElseThrow().marks());
            assertEquals("Lavrov", svc.work(l, "Ada").orElseThrow().answer(0));
            assertEquals(List.of("Ada"), svc.repository().students("p-1"));

            Path f = dir.resolve("ada" + StudentWorkFile.EXTENSION);
            StudentWorkFile.write(again, f);
            assertEquals(again, StudentWorkFile.read(f));
        }
        Path junk = dir.resolve("junk.slwork");
        Files.write(junk, new byte[]{0, 1, 2, 3});
        assertEquals("junk.slwork is not a Sourcelight work file, or it is damaged.",
                assertThrows(LessonPackException.class, () -> StudentWorkFile.read(junk)).getMessage());
        Path pack = dir.resolve("lesson.slwork");
        Files.write(pack, "{\"format\":\"sourcelight-lesson\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("lesson.slwork is not a Sourcelight work file.",
                assertThrows(LessonPackException.class, () -> StudentWorkFile.read(pack)).getMessage());
    }
}

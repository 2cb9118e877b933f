package org.sourcelight.ui.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.Mark;
import org.sourcelight.classroom.StudentWork;
import org.sourcelight.classroom.StudentWorkFile;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.Span;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.SyncTaskRunner;

/** The classroom view models, without the toolkit, on the samples. */
class ClassroomViewModelsTest {
    @TempDir
    Path dir;
    Database db;
    LibraryService library;
    ClassroomService service;
    final SyncTaskRunner tasks = new SyncTaskRunner();

    @BeforeEach
    void open() throws Exception {
        db = Database.inMemory();
        library = LibraryService.standard(db);
        library.importFile(Samples.path(Samples.S000));
        library.importFile(Samples.path(Samples.S004));
        service = ClassroomService.standard(library);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long id(String titleStart) {
        return library.list(null).stream().filter(a -> a.title().startsWith(titleStart)).findFirst().orElseThrow().id();
    }

    /** A teacher builds a lesson on sample 004 with one key item of their own and a dismissed one, and exports it. */
    private Lesson buildAndExport(Path file) {
        LessonBuilderViewModel b = new LessonBuilderViewModel(service, tasks);
        b.loadLibrary();
        assertEquals(2, b.library().size());
        long rudaw = id("Syria wants US troops");
        b.addArticle(rudaw);
        int fromAnalysis = b.rows().size();
        assertTrue(fromAnalysis > 10, "the analysis drafts the key: " + fromAnalysis);
        b.rows().forEach(r -> r.keptProperty().set(false)); // this teacher reviews and dismisses every draft item
        b.addArticle(rudaw);
        assertEquals("“Syria wants US troops to leave” is already in the lesson.", b.messageProperty().get());
        assertEquals("Syria wants US troops to leave", b.titleProperty().get());
        String text = b.articles().get(0).document().text();
        int sana = text.indexOf("SANA");
        int unnamed = text.indexOf("an unnamed source");
        assertTrue(b.addTeacherItem(0, Category.STATE_MEDIA, new Span(sana, sana + 4), "SANA", "SANA is Syria's state news agency."));
        assertTrue(b.addTeacherItem(0, Category.SOURCE, new Span(unnamed, unnamed + 17), "unnamed", "Nobody can check an unnamed source."));
        assertTrue(b.addTeacherItem(0, Category.ASSERTION, new Span(0, 5), "", "dismissed"));
        b.rows().get(b.rows().size() - 1).keptProperty().set(false);
        assertFalse(b.addTeacherItem(0, Category.SOURCE, new Span(3, 3), "", ""));
        assertEquals("Select some words in an article first.", b.messageProperty().get());
        assertTrue(b.addQuestion("Who is the source of the 'act of aggression' claim?", "An unnamed ministry source via SANA"));
        assertFalse(b.addQuestion("  ", ""));
        b.export(file);
        assertTrue(b.messageProperty().get().startsWith("Saved the lesson “Syria wants US troops to leave” (2 key items, 1 question)"),
                b.messageProperty().get());
        Lesson l = b.lesson();
        assertEquals(fromAnalysis + 3, l.articles().get(0).keyItems().size());
        assertEquals(2, l.keySize());
        return l;
    }

    @Test
    void lessonBuilderKeepsAndDismissesFindingsAndExports() throws Exception {
        Path file = dir.resolve("rudaw.sllesson");
        Lesson built = buildAndExport(file);
        assertTrue(Files.size(file) > 0);
        assertEquals(built, LessonPack.standard().read(file));
        assertEquals(built, service.lesson(built.id()).orElseThrow());
        assertEquals(2, library.articles().count(), "the lesson's article is the library's own, not a copy");
    }

    @Test
    void practiceMarksChecksSavesResumesAndExports() throws Exception {
        Path file = dir.resolve("rudaw.sllesson");
        Lesson l = buildAndExport(file);
        PracticeViewModel p = new PracticeViewModel(service, tasks);
        p.openPack(file);
        assertEquals(l, p.lessonProperty().get());
        assertEquals(List.of(""), List.copyOf(p.answers()));
        String text = p.documentProperty().get().text();
        assertFalse(p.mark(Category.SOURCE, null, ""));
        assertEquals("Select some words in the article first, then mark them.", p.messageProperty().get());
        int sana = text.indexOf("SANA");
        assertTrue(p.mark(Category.STATE_MEDIA, new Span(sana, sana + 4), ""));
        assertEquals("Marked as state media: “SANA”", p.messageProperty().get());
        assertTrue(p.mark(Category.ASSERTION, new Span(10, 20), ""));
        p.setAnswer(0, "SANA");
        p.check();
        assertEquals(1, p.resultProperty().get().found());
        assertEquals(List.of("You found 1 of 2 (50%); 1 mark is not in the key.",
                "Source: found 0, missed 1, extra 0",
                "  Missed in article 1: “an unnamed source” — Nobody can check an unnamed source.",
                "State media: found 1, missed 0, extra 0",
                "Duplicated passage: found 0, missed 0, extra 0",
                "Unsupported assertion: found 0, missed 0, extra 1"), List.copyOf(p.resultLines()));
        // highlights: two marks and the missed key item
        assertEquals(List.of("mark-state-media", "mark-assertion", "key-missed"),
                p.highlights().stream().map(h -> h.styleClass()).toList());
        // a new mark invalidates the old check
        p.marks().remove(1);
        assertNull(p.resultProperty().get());

        p.save();
        assertEquals("Type your name first.", p.messageProperty().get());
        p.studentProperty().set("Ada");
        p.save();
        assertEquals("Saved Ada's work.", p.messageProperty().get());
        PracticeViewModel again = new PracticeViewModel(service, tasks);
        again.open(l);
        again.studentProperty().set("Ada");
        again.resume();
        assertEquals(List.of(new Mark(0, Category.STATE_MEDIA, sana, sana + 4, "")), List.copyOf(again.marks()));
        assertEquals("SANA", again.answers().get(0));

        Path work = dir.resolve("ada.slwork");
        again.export(work);
        StudentWork w = StudentWorkFile.read(work);
        assertEquals("Ada", w.student());
        assertEquals(l.id(), w.lessonId());

        ClassSummaryViewModel cs = new ClassSummaryViewModel(service, tasks);
        Path ben = dir.resolve("ben.slwork");
        StudentWorkFile.write(new StudentWork(l.id(), l.title(), "Ben", List.of(), List.of(), ""), ben);
        cs.addFiles(List.of(work, ben));
        assertEquals("2 students on “Syria wants US troops to leave”.", cs.messageProperty().get());
        assertEquals(List.of(50, 0), cs.summaryProperty().get().students().stream().map(s -> s.percent()).toList());
        KeyItem most = cs.summaryProperty().get().mostMissed().get(0).key();
        assertEquals("unnamed", most.label());
        assertEquals(2, cs.summaryProperty().get().mostMissed().get(0).missedBy());
        Path html = dir.resolve("summary.html");
        cs.print(html);
        assertTrue(Files.readString(html).contains("<tr><td>Ada</td><td>1 of 2</td><td>50%</td><td>0</td></tr>"));

        Path stranger = dir.resolve("stranger.slwork");
        StudentWorkFile.write(new StudentWork("unknown-lesson", "Some other lesson", "Cy", List.of(), List.of(), ""), stranger);
        ClassSummaryViewModel other = new ClassSummaryViewModel(service, tasks);
        other.addFiles(List.of(stranger));
        assertEquals("This library does not know the lesson “Some other lesson”: open its lesson pack first.", other.messageProperty().get());
        cs.addFiles(List.of(stranger));
        assertEquals(2, cs.works().size(), "work on another lesson is refused and the summary kept");
    }

    @Test
    void exportWithoutTheExtensionAddsItAndClearsTheUnexportedWarning() throws Exception {
        LessonBuilderViewModel b = new LessonBuilderViewModel(service, tasks);
        b.loadLibrary();
        assertFalse(b.unexportedProperty().get(), "an empty lesson has nothing to lose");
        b.addArticle(id("Syria wants US troops"));
        assertTrue(b.unexportedProperty().get());
        assertEquals("Syria wants US troops to leave.sllesson", b.suggestedFileName());
        b.export(dir.resolve("my lesson"));
        assertTrue(Files.isRegularFile(dir.resolve("my lesson.sllesson")), "Open lesson lists only *.sllesson files");
        assertFalse(Files.exists(dir.resolve("my lesson")));
        assertFalse(b.unexportedProperty().get());
        b.rows().get(0).keptProperty().set(!b.rows().get(0).keptProperty().get());
        assertTrue(b.unexportedProperty().get(), "a changed key is not exported yet");
        b.export(dir.resolve("again.SLLESSON"));
        assertTrue(Files.isRegularFile(dir.resolve("again.SLLESSON")));

        PracticeViewModel p = new PracticeViewModel(service, tasks);
        p.openPack(dir.resolve("my lesson.sllesson"));
        p.studentProperty().set("Ada / B.");
        assertEquals("Ada B. - Syria wants US troops to leave.slwork", p.suggestedFileName());
        p.export(dir.resolve("ada"));
        assertTrue(Files.isRegularFile(dir.resolve("ada.slwork")));
    }

    @Test
    void classSummaryCountsEachStudentOnceAndShowsTheirWrittenAnswers() throws Exception {
        LessonBuilderViewModel b = new LessonBuilderViewModel(service, tasks);
        b.loadLibrary();
        b.addArticle(id("US military presence"));
        b.addArticle(id("Syria wants US troops"));
        b.addQuestion("Who published article 1?", "Press TV");
        b.addQuestion("Which outlet does article 2 rely on?", "");
        Path pack = dir.resolve("two.sllesson");
        b.export(pack);
        PracticeViewModel p = new PracticeViewModel(service, tasks);
        p.openPack(pack);
        p.studentProperty().set("Ada");
        p.setAnswer(0, "Press TV, Iranian state TV");
        Path work = dir.resolve("ada.slwork");
        p.export(work);

        ClassSummaryViewModel cs = new ClassSummaryViewModel(service, tasks);
        cs.addFiles(List.of(work));
        var summary = cs.summaryProperty().get();
        assertFalse(summary.mostMissed().isEmpty());
        for (var m : summary.mostMissed()) assertEquals(1, m.missedBy(), "one student loaded: " + m);
        List<String> lines = ClassSummaryWindow.lines(summary);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Missed by 2")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Missed by 1 student: ")), String.join("\n", lines));
        assertTrue(lines.contains("Question 1: Who published article 1? (expected: Press TV)"), String.join("\n", lines));
        assertTrue(lines.contains("    Ada: Press TV, Iranian state TV"), String.join("\n", lines));
        assertTrue(lines.contains("Question 2: Which outlet does article 2 rely on?"));
        assertTrue(lines.contains("    No student answered."));
        Path html = dir.resolve("summary.html");
        cs.print(html);
        String page = Files.readString(html);
        assertTrue(page.contains("<li><b>Ada:</b> Press TV, Iranian state TV</li>"), page);
    }

    @Test
    void compareShowsBothArticles() {
        CompareViewModel c = new CompareViewModel(library, tasks);
        c.load();
        assertEquals(2, c.articles().size());
        long a = id("US military presence"), b = id("Syria wants US troops");
        c.compare(a, a);
        assertEquals("Choose two different articles.", c.messageProperty().get());
        c.compare(a, b);
        assertEquals("US military presence in Syria resembles occupation: Russia", c.comparisonProperty().get().a().title());
        assertEquals("Syria wants US troops to leave", c.comparisonProperty().get().b().title());
        assertEquals("B: Syria wants US troops to leave", CompareWindow.side("B", c.comparisonProperty().get().b(), List.of()).get(0));
    }
}

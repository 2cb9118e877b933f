package org.sourcelight.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.library.LibraryService;
import org.sourcelight.testsupport.fx.Fx;
import org.sourcelight.testsupport.fx.FxLibrary;
import org.sourcelight.ui.task.SyncTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class summary window, headless, with one student's work loaded: every missed item says "Missed by 1 student"
 * (never 2), and the student's written answer is shown under its question.
 */
class ClassSummaryWindowTest {
    static FxLibrary lib;
    static ClassroomService service;

    @BeforeAll
    static void setUp() throws Exception {
        lib = FxLibrary.open("sourcelight-summary");
        LibraryService library = LibraryService.standard(lib.db());
        library.importFile(Samples.path(Samples.S000));
        service = ClassroomService.standard(library);
    }

    @AfterAll
    static void tearDown() throws Exception {
        lib.close();
    }

    @Test
    void oneStudentLoadedShowsMissedByOneAndTheirWrittenAnswer() throws Exception {
        SyncTaskRunner sync = new SyncTaskRunner();
        LessonBuilderViewModel b = new LessonBuilderViewModel(service, sync);
        b.loadLibrary();
        b.addArticle(b.library().get(0).id());
        b.addQuestion("Who published the article?", "Press TV");
        Path pack = lib.dir().resolve("lesson.sllesson");
        b.export(pack);
        PracticeViewModel p = new PracticeViewModel(service, sync);
        p.openPack(pack);
        p.studentProperty().set("Ada");
        p.setAnswer(0, "Press TV, Iranian state TV");
        Path work = lib.dir().resolve("ada.slwork");
        p.export(work);

        ClassSummaryViewModel vm = new ClassSummaryViewModel(service, lib.tasks());
        Fx.run(() -> new ClassSummaryWindow(null, vm).stage().show());
        vm.addFiles(List.of(work));
        FxRobot robot = new FxRobot();
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#classSummary").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lines.getItems().isEmpty());
        List<String> shown = List.copyOf(lines.getItems());
        String all = String.join("\n", shown);
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("Missed by 1 student: ")), all);
        assertTrue(shown.stream().noneMatch(l -> l.startsWith("Missed by 2")), all);
        assertTrue(shown.contains("Question 1: Who published the article? (expected: Press TV)"), all);
        assertTrue(shown.contains("    Ada: Press TV, Iranian state TV"), all);
    }
}

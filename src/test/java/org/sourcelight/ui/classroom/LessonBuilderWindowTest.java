package org.sourcelight.ui.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.library.LibraryService;
import org.sourcelight.testsupport.fx.FxLibrary;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Make lesson, headless: closing with a lesson not exported asks first; Cancel keeps the window open. */
class LessonBuilderWindowTest {
    static FxLibrary lib;

    @BeforeAll
    static void setUp() throws Exception {
        lib = FxLibrary.open("sourcelight-lesson");
    }

    @AfterAll
    static void tearDown() throws Exception {
        lib.close();
    }

    private static List<DialogPane> dialogs() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).toList();
    }

    @Test
    void closingWithAnUnexportedLessonWarnsAndCancelKeepsItOpen() throws Exception {
        LibraryService library = LibraryService.standard(lib.db());
        long id = library.importFile(Samples.path(Samples.S004)).id();
        LessonBuilderViewModel vm = new LessonBuilderViewModel(ClassroomService.standard(library), lib.tasks());
        FxRobot robot = new FxRobot();
        LessonBuilderWindow[] w = new LessonBuilderWindow[1];
        robot.interact(() -> {
            w[0] = new LessonBuilderWindow(null, vm);
            w[0].stage().show();
        });
        // nothing added yet: closing asks nothing
        assertFalse(vm.unexportedProperty().get());
        robot.interact(() -> vm.addArticle(id));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        assertTrue(vm.unexportedProperty().get());
        WaitForAsyncUtils.asyncFx(() -> w[0].stage().getOnCloseRequest()
                .handle(new WindowEvent(w[0].stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
        DialogPane ask = dialogs().get(0);
        assertEquals("unexportedLesson", ask.getId());
        assertNotNull(ask.lookupButton(LessonBuilderWindow.EXPORT));
        assertNotNull(ask.lookupButton(LessonBuilderWindow.DISCARD));
        robot.clickOn((Button) ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs().isEmpty());
        assertTrue(w[0].stage().isShowing(), "Cancel keeps Make lesson open");
        // findings from the real analysers carry plain words, never internal codes
        for (LessonBuilderViewModel.Row r : vm.rows()) {
            for (String code : List.of("no-attribution", "agentless-accusation", "loaded-language", "scare-quotes", "vague-attribution")) {
                assertFalse(r.toString().contains(code), r.toString());
            }
        }
        robot.interact(() -> w[0].stage().hide());
    }
}

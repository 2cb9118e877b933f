package org.sourcelight.ui.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.Question;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.testsupport.fx.FxLibrary;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the practice window headless on a small pack, marks words with a button and a key, and checks the work. */
class PracticeWindowTest {
    static final String TEXT = "Troops stay illegally\n\nThe troops stay illegally, Maria Zakharova said on Thursday. "
            + "Their presence is an act of aggression.";
    static FxLibrary lib;

    @BeforeAll
    static void setUp() throws Exception {
        lib = FxLibrary.open("sourcelight-practice");
    }

    @AfterAll
    static void tearDown() throws Exception {
        lib.close();
    }

    @Test
    void studentMarksASpanAndChecksTheirWork() throws Exception {
        int z = TEXT.indexOf("Maria Zakharova");
        int a = TEXT.indexOf("Their presence");
        LessonArticle art = new LessonArticle("Troops stay illegally", TEXT, ArticleMeta.empty(), List.of(
                new KeyItem(Category.SOURCE, z, z + 20, "Maria Zakharova", "A named spokeswoman: you can check what she said.", KeyItem.Origin.TEACHER, true),
                new KeyItem(Category.ASSERTION, a, TEXT.length(), "loaded-language", "The article calls it aggression in its own voice.", KeyItem.Origin.TEACHER, true)));
        Lesson lesson = new Lesson("ui-lesson", "Small lesson", "", "Sourcelight 0.1.0", List.of(art), List.of(new Question("Who speaks?", "")));
        Path pack = lib.dir().resolve("small.sllesson");
        LessonPack.standard().write(lesson, pack);

        ClassroomService service = ClassroomService.standard(LibraryService.standard(lib.db()));
        PracticeViewModel vm = new PracticeViewModel(service, lib.tasks());
        FxRobot robot = new FxRobot();
        PracticeWindow[] window = new PracticeWindow[1];
        robot.interact(() -> {
            window[0] = new PracticeWindow(null, vm);
            window[0].stage().show();
            vm.openPack(pack);
        });
        StyleClassedTextArea area = robot.lookup("#articleText").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> area.getText().contains("Maria Zakharova"));
        assertEquals("Practice: Small lesson", window[0].stage().getTitle());
        int zi = area.getText().indexOf("Zakharova");
        // the analysis is hidden: nothing but block styling on the speaker
        assertTrue(area.getStyleOfChar(zi).stream().noneMatch(s -> s.startsWith("mark-") || s.startsWith("key-")), area.getStyleOfChar(zi).toString());

        robot.interact(() -> area.selectRange(zi, zi + 9));
        robot.clickOn("#mark-source");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.marks().size());
        assertTrue(area.getStyleOfChar(zi + 1).contains("mark-source"));

        // the keyboard shortcut: select words, press A
        int extra = area.getText().indexOf("The troops");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(extra, extra + 10);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Category.ASSERTION, vm.marks().get(1).category());

        robot.clickOn("#checkWork");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> results = robot.lookup("#results").queryAs(ListView.class);
        assertEquals("You found 1 of 2 (50%); 1 mark is not in the key.", results.getItems().get(0));
        assertTrue(results.getItems().contains("  Missed in article 1: “Their presence is an act of aggression.” — The article calls it aggression in its own voice."),
                results.getItems().toString());
        int ai = area.getText().indexOf("aggression");
        assertTrue(area.getStyleOfChar(ai).contains("key-missed"), "the missed item is shown after checking");
    }
}

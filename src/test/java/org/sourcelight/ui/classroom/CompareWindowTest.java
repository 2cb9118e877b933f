package org.sourcelight.ui.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the compare window headless on samples 000 (Press TV) and 004 (Rudaw), as in the example. */
class CompareWindowTest {
    static Path dir;
    static Database db;
    static FxTaskRunner tasks;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("sourcelight-compare");
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("library.db"));
        LibraryService library = LibraryService.standard(db);
        library.importFile(Samples.path(Samples.S000));
        library.importFile(Samples.path(Samples.S004));
        tasks = new FxTaskRunner();
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        db.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void comparingPressTvWithRudawShowsWhoEachQuotesAndTheirLabels() throws Exception {
        FxRobot robot = new FxRobot();
        CompareWindow w = WaitForAsyncUtils.asyncFx(() -> {
            CompareWindow cw = new CompareWindow(null, new CompareViewModel(LibraryService.standard(db), tasks));
            cw.stage().show();
            return cw;
        }).get();
        ComboBox<ArticleSummary> a = robot.from(w.stage().getScene().getRoot()).lookup("#compareA").queryAs(ComboBox.class);
        ComboBox<ArticleSummary> b = robot.from(w.stage().getScene().getRoot()).lookup("#compareB").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> a.getItems().size() == 2);
        robot.interact(() -> {
            a.getSelectionModel().select(0);
            b.getSelectionModel().select(1);
        });
        robot.clickOn(robot.from(w.stage().getScene().getRoot()).lookup(".button").match(n -> "Compare".equals(((javafx.scene.control.Button) n).getText())).queryButton());
        ListView<String> left = robot.from(w.stage().getScene().getRoot()).lookup("#compareLeft").queryListView();
        ListView<String> right = robot.from(w.stage().getScene().getRoot()).lookup("#compareRight").queryListView();
        ListView<String> shared = robot.from(w.stage().getScene().getRoot()).lookup("#compareShared").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !left.getItems().isEmpty() && !shared.getItems().isEmpty());
        assertEquals("A: US military presence in Syria resembles occupation: Russia", left.getItems().get(0));
        assertTrue(left.getItems().stream().anyMatch(s -> s.startsWith("Published by: Press TV") && s.contains("State-controlled")), left.getItems().toString());
        assertTrue(right.getItems().stream().anyMatch(s -> s.startsWith("Published by: Rudaw") && s.contains("not rated")), right.getItems().toString());
        assertTrue(left.getItems().stream().anyMatch(s -> s.startsWith("Only here:") && s.contains("Maria Zakharova")), left.getItems().toString());
        assertEquals("Quoted in both: James Mattis", shared.getItems().get(0));
        // the pickers say which outlet published each article
        javafx.scene.control.ListCell<?> shownA = (javafx.scene.control.ListCell<?>) a.getButtonCell();
        assertEquals("Press TV — US military presence in Syria resembles occupation: Russia", shownA.getText());
        // the two texts side by side, with the passages they share drawn as in the Duplicates panel
        var textA = robot.from(w.stage().getScene().getRoot()).lookup("#compareTextA .article-text")
                .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        var textB = robot.from(w.stage().getScene().getRoot()).lookup("#compareTextB .article-text")
                .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textA.getLength() > 0);
        assertTrue(textA.getText().startsWith("News / Syria / Russia"), textA.getText().substring(0, 40));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textB.getText().contains("Syria wants US troops to leave"));
        var c = w.stage().getScene().getRoot().getProperties(); // keep the root referenced while reading styles
        assertNotNull(c);
        boolean anyShared = false;
        for (int i = 0; i < textA.getLength(); i++) {
            if (textA.getStyleOfChar(i).stream().anyMatch(st -> st.startsWith("dup-"))) { anyShared = true; break; }
        }
        assertEquals(!shared.getItems().get(1).equals("Shared passages: none found."), anyShared, shared.getItems().toString());
        robot.interact(() -> w.stage().close());
    }
}

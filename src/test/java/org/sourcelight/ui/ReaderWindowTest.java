package org.sourcelight.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleSummary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): first launch imports the samples; selecting one shows its text. */
class ReaderWindowTest {
    static Path dir;
    static javafx.application.Application app;

    @BeforeAll
    static void launch() throws Exception {
        dir = Files.createTempDirectory("sourcelight-ui");
        System.setProperty("sourcelight.db", dir.resolve("library.db").toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SourcelightApp::new);
        FxToolkit.showStage();
        assertNotNull(stage);
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide)).get();
        System.clearProperty("sourcelight.db");
    }

    @SuppressWarnings("unchecked")
    @Test
    void firstLaunchImportsSamplesAndSelectingOneShowsItsText() throws Exception {
        FxRobot robot = new FxRobot();
        ListView<ArticleSummary> table = robot.lookup("#libraryTable").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        ArticleSummary rudaw = table.getItems().stream().filter(s -> s.title().equals("Syria wants US troops to leave"))
                .findFirst().orElseThrow();
        // click the entry in the library list, as a reader would
        java.util.function.Predicate<javafx.scene.Node> isEntry = n -> n instanceof javafx.scene.control.Label l
                && "Syria wants US troops to leave".equals(l.getText()) && n.isVisible();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(table).lookup(isEntry).tryQuery().isPresent());
        javafx.scene.Node entry = robot.from(table).lookup(isEntry).query();
        // each entry shows the article's own date, or says it has none (never the import date)
        java.util.Set<String> metaLines = robot.from(table).lookup(".library-meta").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).collect(java.util.stream.Collectors.toSet());
        assertTrue(metaLines.stream().anyMatch(t -> t.endsWith(" · date unknown")), metaLines.toString());
        assertTrue(metaLines.stream().allMatch(t -> t.matches(".* · (\\d{1,2} [A-Z][a-z]+ \\d{4}|date unknown)")), metaLines.toString());
        robot.clickOn(entry);
        StyleClassedTextArea area = robot.lookup("#articleText").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getText().startsWith("Syria wants US troops to leave"));
        assertTrue(area.getText().contains("ERBIL, Kurdistan Region"));
        // the title paragraph is styled as a title, the dateline as a dateline
        // (the styles of the newly opened article may arrive just after its text)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getStyleOfChar(3).contains("block-title"));
        int dl = area.getText().indexOf("ERBIL");
        assertTrue(area.getStyleOfChar(dl + 1).contains("block-dateline"));
        // searching the library filters it
        javafx.scene.control.TextField search = robot.lookup("#librarySearch").queryAs(javafx.scene.control.TextField.class);
        robot.interact(search::requestFocus);
        robot.write("Bogdanov");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Bogdanov".equals(search.getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertTrue(table.getItems().get(0).title().startsWith("Russian envoy"));
    }
}

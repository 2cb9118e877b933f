package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.store.Database;
import org.sourcelight.store.SettingsRepository;
import org.sourcelight.testsupport.fx.ReaderApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Q saves what the close button saves: theme, text size, panel, last article, layout. */
class QuitSavesStateTest {
    static ReaderApp app;

    @BeforeAll
    static void launch() throws Exception {
        app = ReaderApp.launch();
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void ctrlQSavesTheThemeTextSizeAndPanel() throws Exception {
        FxRobot robot = new FxRobot();
        robot.clickOn("#articleText");
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        TabPane tabs = robot.lookup(".panel-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "tab-assertions".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().noneMatch(Window::isShowing));
        try (Database db = Database.open(app.db)) {
            SettingsRepository s = new SettingsRepository(db);
            assertEquals("true", s.get("view.dark").orElse(""));
            assertEquals("assertions", s.get("panel.selected").orElse(""));
            assertTrue(Integer.parseInt(s.get("view.fontSize").orElseThrow()) > ReaderViewModel.NORMAL_FONT, "bigger text saved");
            assertTrue(Long.parseLong(s.get("last.article").orElseThrow()) > 0);
            assertTrue(s.get("window.bounds").isPresent());
        }
    }
}

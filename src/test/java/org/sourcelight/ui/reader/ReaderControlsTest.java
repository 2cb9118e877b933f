package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.Assertion;
import org.sourcelight.testsupport.fx.Fx;
import org.sourcelight.testsupport.fx.ReaderApp;
import org.sourcelight.ui.assertions.AssertionsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The reader's advertised controls, driven through the real window as a reader would (TestFX, headless). */
class ReaderControlsTest {
    static ReaderApp app;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        app = ReaderApp.launch();
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    private TabPane panelTabs() {
        return robot.lookup(".panel-tabs").queryAs(TabPane.class);
    }

    private static List<DialogPane> openDialogs() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).toList();
    }

    private void focusArticle() {
        robot.clickOn("#articleText");
    }

    @Test
    void thePanelsMenuListsEveryPanelAndCtrlDigitOpensIt() throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu panels = bar.getMenus().stream().filter(m -> "panelsMenu".equals(m.getId())).findFirst().orElseThrow();
        assertEquals(List.of("Sources", "Provenance", "Duplicates", "Assertions", "Notes"),
                panels.getItems().stream().map(MenuItem::getText).toList());
        assertEquals("Shortcut+3", panels.getItems().get(2).getAccelerator().getName().replace("Ctrl", "Shortcut"));
        focusArticle();
        String[] ids = {"tab-sources", "tab-outlets", "tab-duplicates", "tab-assertions", "tab-notes"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = ids.length - 1; i >= 0; i--) {
            robot.push(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            String want = ids[i];
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> want.equals(panelTabs().getSelectionModel().getSelectedItem().getId()));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void ctrlDeleteAsksOnceAndCancelKeepsTheArticle() throws Exception {
        ListView<ArticleSummary> table = robot.lookup("#libraryTable").queryAs(ListView.class);
        Fx.run(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        int before = table.getItems().size();
        robot.push(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !openDialogs().isEmpty());
        assertEquals(1, openDialogs().size());
        assertEquals("confirmDelete", openDialogs().get(0).getId());
        Button cancel = (Button) openDialogs().get(0).lookupButton(javafx.scene.control.ButtonType.CANCEL);
        robot.clickOn(cancel);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), openDialogs(), "no second confirmation");
        assertEquals(before, table.getItems().size());
    }

    @Test
    void theHelpDialogFitsOnTheScreen() throws Exception {
        focusArticle();
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !openDialogs().isEmpty());
        DialogPane help = openDialogs().get(0);
        assertEquals("helpDialog", help.getId());
        Window w = help.getScene().getWindow();
        var screen = Screen.getPrimary().getVisualBounds();
        assertTrue(w.getX() >= screen.getMinX() && w.getY() >= screen.getMinY(), w.getX() + "," + w.getY());
        assertTrue(w.getX() + w.getWidth() <= screen.getMaxX() + 1 && w.getY() + w.getHeight() <= screen.getMaxY() + 1,
                w.getWidth() + "x" + w.getHeight() + " at " + w.getX() + "," + w.getY() + " on " + screen);
        robot.clickOn((Node) help.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> openDialogs().isEmpty());
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAssertionsFilterShowsOnlyItsReasonAndLooksPressed() throws Exception {
        ListView<ArticleSummary> table = robot.lookup("#libraryTable").queryAs(ListView.class);
        ArticleSummary press = table.getItems().stream().filter(s -> s.title().startsWith("Russian envoy")).findFirst().orElseThrow();
        Fx.run(() -> table.getSelectionModel().select(press));
        Tab tab = panelTabs().getTabs().stream().filter(t -> "tab-assertions".equals(t.getId())).findFirst().orElseThrow();
        Fx.run(() -> panelTabs().getSelectionModel().select(tab));
        ListView<AssertionsViewModel.Row> list = robot.lookup(".assertions-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(r -> r instanceof AssertionsViewModel.Item i && i.sentence().startsWith("The US and its allies invaded")));
        ToggleButton all = robot.lookup("#assertions-filter-all").queryAs(ToggleButton.class);
        assertTrue(all.isSelected());
        assertTrue(all.getText().startsWith("\u2713 All ("), all.getText());
        int everything = items(list).size();
        ToggleButton loaded = robot.lookup(".assert-trigger-loaded-language-key").queryAs(ToggleButton.class);
        assertFalse(loaded.isSelected());
        robot.clickOn(loaded);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, loaded::isSelected);
        assertTrue(loaded.getText().startsWith("\u2713 Loaded words ("), loaded.getText());
        assertFalse(all.isSelected());
        assertTrue(loaded.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
        List<Assertion> shown = items(list);
        assertFalse(shown.isEmpty(), "clicking Loaded words shows those sentences");
        assertTrue(shown.size() < everything);
        for (Assertion a : shown) assertTrue(a.reasons().contains("loaded-language"), a.reasons().toString());
        robot.clickOn(loaded); // clicking the chosen filter again keeps it chosen
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(loaded.isSelected());
        robot.clickOn(all);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items(list).size() == everything);
    }

    private static List<Assertion> items(ListView<AssertionsViewModel.Row> list) {
        return list.getItems().stream().filter(r -> r instanceof AssertionsViewModel.Item)
                .map(r -> ((AssertionsViewModel.Item) r).assertion()).toList();
    }

    @Test
    void theKeyUnderTheArticleExplainsTheOpenPanelsHighlightStyles() throws Exception {
        focusArticle();
        robot.push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        org.fxmisc.richtext.StyleClassedTextArea key = robot.lookup("#highlightLegend").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> key.getText().contains("Speaker = who is quoted or cited"));
        assertTrue(key.getStyleOfChar(key.getText().indexOf("Speaker") + 1).contains("src-speaker"), "drawn as in the article");
        assertTrue(key.getText().contains("your highlight = your own note"));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> key.getText().contains("= a claim with no source"));
        assertTrue(key.getStyleOfChar(key.getText().indexOf("sentence = a claim") + 1).contains("assert-sentence-high"));
    }

    @Test
    void biggerTextScalesTheWholeWindowNotOnlyTheArticle() throws Exception {
        javafx.scene.control.Label title = robot.lookup(".library-title").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label trust = robot.lookup(".calibration").tryQueryAs(javafx.scene.control.Label.class).orElse(null);
        double before = title.getFont().getSize();
        double trustBefore = trust == null ? 0 : trust.getFont().getSize();
        focusArticle();
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.getFont().getSize() > before);
        if (trust != null) assertTrue(trust.getFont().getSize() > trustBefore, "the trust line grows too");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Math.abs(title.getFont().getSize() - before) < 0.01);
    }

    @Test
    void allFivePanelTabsFitAt1024By700() throws Exception {
        javafx.stage.Window w = panelTabs().getScene().getWindow();
        Fx.run(() -> {
            w.setWidth(1024);
            w.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Fx.run(() -> panelTabs().layout());
        Node overflow = panelTabs().lookup(".control-buttons-tab");
        assertTrue(overflow == null || !overflow.isVisible(), "the tab headers overflow into a menu");
        for (Tab t : panelTabs().getTabs()) {
            Node header = panelTabs().lookup("#" + t.getId());
            assertNotNull(header);
        }
        // the window stays at 1024 x 700 (growing it again under Monocle repaints into the smaller buffer)
    }
}

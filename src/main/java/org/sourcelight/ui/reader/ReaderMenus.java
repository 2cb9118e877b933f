package org.sourcelight.ui.reader;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.ui.article.ArticleView;
import org.sourcelight.ui.classroom.ClassroomMenu;
import org.sourcelight.ui.notes.NotesPanel;

/**
 * The reader's menus and keys: File, View, Panels (Ctrl+1 … opens a panel), Classroom and Help; F6 moves the focus
 * between library, article and panels; Ctrl+H highlights and Ctrl+M notes the selection, as does the article's
 * context menu.
 */
final class ReaderMenus {
    private final Stage stage;
    private final ReaderViewModel vm;
    private final ReaderDialogs dialogs;
    private final LibraryPane library;
    private final ArticleView articleView;
    private final PanelTabs panels;
    private final Runnable quit;

    ReaderMenus(Stage stage, ReaderViewModel vm, ReaderDialogs dialogs, LibraryPane library, ArticleView articleView,
                PanelTabs panels, Runnable quit) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        this.library = library;
        this.articleView = articleView;
        this.panels = panels;
        this.quit = quit;
    }

    /** The menu bar (after the panel tabs are built: the Panels menu lists them). */
    MenuBar menuBar() {
        Menu help = new Menu("_Help");
        help.getItems().add(item("How to read the panels", "F1", dialogs::showHelp));
        help.getItems().add(item("_About Sourcelight", null, () -> AboutDialog.show(stage, AboutInfo.current())));
        Menu classroom = ClassroomMenu.create(stage, vm.library(), vm.tasks());
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), panelsMenu(), classroom, help);
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import file…", "Shortcut+O", dialogs::chooseFiles),
                item("_Paste article…", "Shortcut+Shift+V", dialogs::pasteArticle),
                item("Import from _URL…", "Shortcut+L", dialogs::importUrl),
                new SeparatorMenuItem(),
                item("Save printable _report…", "Shortcut+P", dialogs::saveReport),
                new SeparatorMenuItem(),
                item("_Delete article", "Shortcut+Delete", library::deleteSelected),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", quit));
        return file;
    }

    private Menu viewMenu() {
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Bigger text", "Shortcut+EQUALS", vm::biggerFont),
                item("_Smaller text", "Shortcut+MINUS", vm::smallerFont),
                item("_Normal text size", "Shortcut+0", vm::resetFont),
                new SeparatorMenuItem(),
                item("_Dark theme on/off", "Shortcut+Shift+D", () -> vm.darkProperty().set(!vm.darkProperty().get())),
                new SeparatorMenuItem(),
                item("Search the _library", "Shortcut+F", library.search()::requestFocus),
                item("Focus _article", "Shortcut+E", () -> articleView.area().requestFocus()));
        return view;
    }

    private Menu panelsMenu() {
        Menu menu = new Menu("_Panels");
        menu.setId("panelsMenu");
        TabPane tabs = panels.tabPane();
        int i = 1;
        for (Tab t : tabs.getTabs()) {
            final Tab tab = t;
            menu.getItems().add(item(t.getText(), i <= 9 ? "Shortcut+" + i : null, () -> tabs.getSelectionModel().select(tab)));
            i++;
        }
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The keys that are not menu items, and the article's context menu with the Notes panel's actions. */
    void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), () -> cycleFocus(scene));
        if (!(panels.panels().get("notes") instanceof NotesPanel notes)) return;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                () -> notes.highlightSelection(AnnotationColour.YELLOW));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), () -> {
            panels.select("notes");
            notes.addNoteToSelection();
        });
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> articleView.area().copy());
        menu.getItems().add(copy);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(notes.contextMenuItems());
        articleView.area().setContextMenu(menu);
    }

    /** F6: library → article → panels → library. */
    private void cycleFocus(Scene scene) {
        Node f = scene.getFocusOwner();
        if (f == library.table() || f == library.search()) articleView.area().requestFocus();
        else if (f == articleView.area()) panels.tabPane().requestFocus();
        else library.table().requestFocus();
    }
}

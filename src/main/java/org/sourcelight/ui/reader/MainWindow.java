package org.sourcelight.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.sourcelight.store.SettingsRepository;
import org.sourcelight.ui.article.ArticleView;
import org.sourcelight.ui.article.Legend;
import org.sourcelight.ui.article.Styles;
import org.sourcelight.ui.notes.AllNotesView;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The reader window: the library on the left ({@link LibraryPane}), the article in the middle, the analysis panels on
 * the right ({@link PanelTabs}, their host), menus and keys ({@link ReaderMenus}), a status line below
 * ({@link StatusLine}); files dropped on it are imported ({@link FileDrop}); theme and text size follow the View menu
 * ({@link Appearance}); size, dividers and the open panel are remembered ({@link WindowState}).
 */
public final class MainWindow {
    private final Stage stage;
    private final ReaderViewModel vm;
    private final ArticleView articleView = new ArticleView();
    private final Legend legend = new Legend();
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private final PanelTabs panels;
    private final LibraryPane library;
    private final ReaderMenus menus;
    private final Scene scene;

    /**
     * @param panelFactories the panels beside the article, in tab order, each built with its own services
     * @param allNotes       the "All notes" tab beside the library
     */
    public MainWindow(Stage stage, ReaderViewModel vm, List<Function<PanelHost, AnalysisPanel>> panelFactories,
                      Function<PanelHost, AllNotesView> allNotes) {
        this.stage = stage;
        this.vm = vm;
        ReaderDialogs dialogs = new ReaderDialogs(stage, vm);
        this.panels = new PanelTabs(vm, articleView, panelFactories);
        this.library = new LibraryPane(vm, dialogs);
        this.menus = new ReaderMenus(stage, vm, dialogs, library, articleView, panels, this::quit);
        root.getStyleClass().add("reader");
        root.setCenter(center(allNotes.apply(panels))); // first: the Panels menu lists the panel tabs
        root.setTop(new VBox(menus.menuBar()));
        root.setBottom(StatusLine.statusBar(vm));
        scene = new Scene(root, 1280, 800);
        for (String css : Styles.sheets()) scene.getStylesheets().add(css);
        Appearance.follow(vm, root, articleView);
        vm.articleProperty().addListener((o, a, loaded) -> showArticle(loaded));
        FileDrop.install(root, vm::importFiles);
        menus.installKeys(scene);
    }

    public Scene scene() { return scene; }

    public ReaderViewModel viewModel() { return vm; }

    public ArticleView articleView() { return articleView; }

    public Map<String, AnalysisPanel> panels() { return panels.panels(); }

    /** Library | article with its error bar and legend | panels. */
    private Node center(AllNotesView allNotes) {
        panels.build();
        legend.show(panels.selectedId());
        panels.tabPane().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> legend.show(panels.selectedId()));
        VBox middle = new VBox(StatusLine.errorBar(vm), articleView, legend.node());
        VBox.setVgrow(articleView, Priority.ALWAYS);
        split.getItems().addAll(library.build(allNotes), middle, panels.tabPane());
        split.setDividerPositions(0.27, 0.63);
        return split;
    }

    private void showArticle(LoadedArticle loaded) {
        articleView.show(loaded == null ? null : loaded.analysis().document());
        stage.setTitle(loaded != null ? loaded.analysis().document().title() + " — Sourcelight" : "Sourcelight");
        panels.show(loaded);
    }

    /**
     * Quits as closing the window does (the same close handler saves the layout, theme, text size, last article and
     * panel): other open windows are asked first (Make lesson warns about a lesson not exported), then all close.
     */
    void quit() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w instanceof Stage other && !mayClose(other)) return;
        }
        if (!mayClose(stage)) return;
        for (Window w : new ArrayList<>(Window.getWindows())) w.hide();
    }

    /** Asks a window's close handler; false when it keeps the window open. */
    private static boolean mayClose(Stage s) {
        if (s.getOnCloseRequest() == null) return true;
        WindowEvent ask = new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST);
        s.getOnCloseRequest().handle(ask);
        return !ask.isConsumed();
    }

    // ---- window state -------------------------------------------------------------------------------------------

    /** Restores size, position, dividers, theme, font size and the open panel from the settings. */
    public void restore(SettingsRepository settings) {
        WindowState.restore(settings, stage, split, panels.tabPane(), vm);
        WindowState.fitToScreen(stage, scene.getWidth(), scene.getHeight());
    }

    /** The window state to save (written by the caller). */
    public Map<String, String> snapshotState() {
        return WindowState.snapshot(stage, split, panels.tabPane(), vm);
    }
}

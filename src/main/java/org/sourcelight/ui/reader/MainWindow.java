package org.sourcelight.ui.reader;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.Span;
import org.sourcelight.store.SettingsRepository;
import org.sourcelight.ui.article.ArticleView;
import org.sourcelight.ui.article.Styles;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The reader window: the library on the left, the article in the middle, the analysis panels on the right, a
 * status line below. Implements {@link PanelHost} for the panels.
 */
public final class MainWindow implements PanelHost {
    private final Stage stage;
    private final ReaderViewModel vm;
    private final ArticleView articleView = new ArticleView();
    private final javafx.scene.control.ListView<ArticleSummary> table = new javafx.scene.control.ListView<>();
    private final javafx.scene.control.ComboBox<LibrarySort> sortBy = new javafx.scene.control.ComboBox<>();
    private final TextField search = new TextField();
    private final TabPane panelTabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final Label status = new Label();
    private final Label errorText = new Label();
    private final HBox errorBar = new HBox(12);
    private final Map<String, AnalysisPanel> panels = new LinkedHashMap<>();
    private final Map<String, List<Highlight>> layerCache = new LinkedHashMap<>();
    private static final String ALWAYS_DRAWN = "notes";
    private final BorderPane root = new BorderPane();
    private final org.sourcelight.ui.article.Legend legend = new org.sourcelight.ui.article.Legend();
    private Scene scene;
    private final ReaderDialogs dialogs;

    private final Function<PanelHost, org.sourcelight.ui.notes.AllNotesView> allNotesFactory;

    /**
     * @param panelFactories the panels beside the article, in tab order, each built with its own services
     * @param allNotes       the "All notes" tab beside the library
     */
    public MainWindow(Stage stage, ReaderViewModel vm, List<Function<PanelHost, AnalysisPanel>> panelFactories,
                      Function<PanelHost, org.sourcelight.ui.notes.AllNotesView> allNotes) {
        this.stage = stage;
        this.vm = vm;
        this.allNotesFactory = allNotes;
        this.dialogs = new ReaderDialogs(stage, vm);
        for (Function<PanelHost, AnalysisPanel> f : panelFactories) {
            AnalysisPanel p = f.apply(this);
            panels.put(p.id(), p);
        }
        build();
    }

    public Scene scene() { return scene; }

    public ReaderViewModel viewModel() { return vm; }

    public ArticleView articleView() { return articleView; }

    public Map<String, AnalysisPanel> panels() { return panels; }

    private void build() {
        root.getStyleClass().add("reader");
        root.setCenter(center()); // first: the Panels menu lists the panel tabs
        root.setTop(new VBox(menuBar()));
        root.setBottom(statusBar());
        scene = new Scene(root, 1280, 800);
        for (String css : Styles.sheets()) scene.getStylesheets().add(css);
        applyTheme(vm.darkProperty().get());
        vm.darkProperty().addListener((o, a, d) -> applyTheme(d));
        scaleText(vm.fontSizeProperty().get());
        vm.fontSizeProperty().addListener((o, a, s) -> scaleText(s.intValue()));
        vm.articleProperty().addListener((o, a, loaded) -> showArticle(loaded));
        FileDrop.install(root, vm::importFiles);
        installKeys();
    }

    private Node center() {
        search.setPromptText("Search titles and text");
        search.setId("librarySearch");
        search.textProperty().bindBidirectional(vm.queryProperty());
        table.setId("libraryTable");
        table.setCellFactory(l -> new LibraryCell());
        table.setPlaceholder(new Label("No articles yet. Import a file (Ctrl+O), paste text or drop a file here."));
        sortBy.getItems().addAll(LibrarySort.values());
        sortBy.setValue(LibrarySort.IMPORTED);
        sortBy.setId("librarySort");
        SortedList<ArticleSummary> sorted = new SortedList<>(vm.articles());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> sortBy.getValue().comparator(), sortBy.valueProperty()));
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && s.id() != vm.openIdProperty().get()) vm.open(s.id());
        });
        vm.articles().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> reselect());
        Label libTitle = new Label("Library");
        libTitle.getStyleClass().add("pane-title");
        Label sortLabel = new Label("Sort:");
        sortLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox sortRow = new HBox(6, sortLabel, sortBy);
        sortRow.setAlignment(Pos.CENTER_LEFT);
        VBox library = new VBox(8, libTitle, search, sortRow, table);
        library.getStyleClass().add("library-pane");
        library.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);

        for (AnalysisPanel p : panels.values()) {
            Tab t = new Tab(p.title());
            t.setClosable(false);
            t.setId("tab-" + p.id());
            fillWhenFirstSelected(t, () -> withCalibration(p));
            panelTabs.getTabs().add(t);
        }
        panelTabs.getStyleClass().add("panel-tabs");
        panelTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> redrawLayers());
        panelTabs.setMinWidth(390); // room for the five tab titles at 1024 px

        errorBar.getStyleClass().add("error-bar");
        errorBar.setAlignment(Pos.CENTER_LEFT);
        errorBar.setPadding(new Insets(8, 12, 8, 12));
        errorText.setWrapText(true);
        errorText.setId("errorText");
        Button dismiss = new Button("Dismiss");
        dismiss.setMinWidth(Button.USE_PREF_SIZE); // never shrinks to "…" beside a long message
        dismiss.setOnAction(e -> vm.errorProperty().set(""));
        HBox.setHgrow(errorText, Priority.ALWAYS);
        errorText.setMaxWidth(Double.MAX_VALUE);
        errorBar.getChildren().addAll(new Label("⚠"), errorText, dismiss);
        errorText.textProperty().bind(vm.errorProperty());
        errorBar.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        errorBar.managedProperty().bind(errorBar.visibleProperty());
        legend.show(selectedPanelId());
        panelTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> legend.show(selectedPanelId()));
        VBox middle = new VBox(errorBar, articleView, legend.node());
        VBox.setVgrow(articleView, Priority.ALWAYS);

        org.sourcelight.ui.notes.AllNotesView allNotes = allNotesFactory.apply(this);
        Tab libTab = new Tab("Library", library);
        libTab.setClosable(false);
        Tab notesTab = new Tab("All notes");
        notesTab.setClosable(false);
        notesTab.setId("tab-all-notes");
        fillWhenFirstSelected(notesTab, allNotes::view);
        notesTab.selectedProperty().addListener((o, was, is) -> {
            if (is) allNotes.refresh();
        });
        ((VBox) allNotes.view()).setPadding(new Insets(10));
        TabPane left = new TabPane(libTab, notesTab);
        left.getStyleClass().add("left-tabs");
        libTitle.setVisible(false);
        libTitle.setManaged(false);
        split.getItems().addAll(left, middle, panelTabs);
        split.setDividerPositions(0.27, 0.63);
        left.setMinWidth(200); // the library shrinks with a small window, so the article keeps room
        return split;
    }

    /**
     * Puts a tab's content in the scene only when the tab is first shown: the panels keep working (and drawing their
     * highlights) without it, and the window appears sooner with less to style and lay out.
     */
    private static void fillWhenFirstSelected(Tab tab, java.util.function.Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> fill = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(fill);
    }

    /** The panel with one line under it saying how often its detector was right on the project's own evaluation. */
    private static Node withCalibration(AnalysisPanel p) {
        String line = org.sourcelight.report.Calibration.standard().line(p.id());
        if (p.id().equals("notes")) return p.view();
        Label trust = new Label("How far to trust this panel: " + line);
        trust.setWrapText(true);
        trust.getStyleClass().add("calibration");
        trust.setId("calibration-" + p.id());
        BorderPane box = new BorderPane(p.view());
        box.setBottom(trust);
        BorderPane.setMargin(trust, new Insets(6, 2, 0, 2));
        return box;
    }

    private void reselect() {
        long id = vm.openIdProperty().get();
        for (ArticleSummary s : table.getItems()) {
            if (s.id() == id) {
                if (table.getSelectionModel().getSelectedItem() != s) table.getSelectionModel().select(s);
                return;
            }
        }
    }

    /**
     * ControlsFX's status bar: the status line, the progress of a bulk import with Cancel beside it (an
     * indeterminate bar for other work), and the number of articles.
     */
    private Node statusBar() {
        org.controlsfx.control.StatusBar bar = new org.controlsfx.control.StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(Bindings.when(vm.importingProperty()).then(vm.progressProperty())
                .otherwise(Bindings.when(vm.busyProperty()).then(-1.0).otherwise(0.0)));
        status.textProperty().bind(vm.statusProperty());
        status.setId("statusText");
        Button cancel = new Button("Cancel import");
        cancel.setId("cancelImport");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> org.sourcelight.text.Plural.of(vm.articles().size(), "article", "articles"), vm.articles()));
        count.setMinWidth(Label.USE_PREF_SIZE);
        bar.getRightItems().addAll(cancel, count);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import file…", "Shortcut+O", dialogs::chooseFiles),
                item("_Paste article…", "Shortcut+Shift+V", dialogs::pasteArticle),
                item("Import from _URL…", "Shortcut+L", dialogs::importUrl),
                new SeparatorMenuItem(),
                item("Save printable _report…", "Shortcut+P", dialogs::saveReport),
                new SeparatorMenuItem(),
                item("_Delete article", "Shortcut+Delete", this::deleteSelected),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", this::quit));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Bigger text", "Shortcut+EQUALS", vm::biggerFont),
                item("_Smaller text", "Shortcut+MINUS", vm::smallerFont),
                item("_Normal text size", "Shortcut+0", vm::resetFont),
                new SeparatorMenuItem(),
                item("_Dark theme on/off", "Shortcut+Shift+D", () -> vm.darkProperty().set(!vm.darkProperty().get())),
                new SeparatorMenuItem(),
                item("Search the _library", "Shortcut+F", search::requestFocus),
                item("Focus _article", "Shortcut+E", () -> articleView.area().requestFocus()));
        Menu panelsMenu = new Menu("_Panels");
        panelsMenu.setId("panelsMenu");
        int i = 1;
        for (Tab t : panelTabs.getTabs()) {
            final Tab tab = t;
            panelsMenu.getItems().add(item(t.getText(), i <= 9 ? "Shortcut+" + i : null, () -> panelTabs.getSelectionModel().select(tab)));
            i++;
        }
        Menu help = new Menu("_Help");
        help.getItems().add(item("How to read the panels", "F1", dialogs::showHelp));
        help.getItems().add(item("_About Sourcelight", null, () -> AboutDialog.show(stage, AboutInfo.current())));
        Menu classroom = org.sourcelight.ui.classroom.ClassroomMenu.create(stage, vm.library(), vm.tasks());
        MenuBar bar = new MenuBar(file, view, panelsMenu, classroom, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void installKeys() {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), this::cycleFocus);
        if (panels.get("notes") instanceof org.sourcelight.ui.notes.NotesPanel notes) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                    () -> notes.highlightSelection(org.sourcelight.model.AnnotationColour.YELLOW));
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), () -> {
                selectPanel("notes");
                notes.addNoteToSelection();
            });
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
            MenuItem copy = new MenuItem("Copy");
            copy.setOnAction(e -> articleView.area().copy());
            menu.getItems().add(copy);
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(notes.contextMenuItems());
            articleView.area().setContextMenu(menu);
        }
        table.setOnKeyPressed(e -> {
            // plain Delete; Ctrl+Delete is the menu's accelerator and must not ask a second time
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                e.consume();
                deleteSelected();
            }
        });
    }

    /** The id of the open panel ("sources" …), or null. */
    private String selectedPanelId() {
        Tab t = panelTabs.getSelectionModel().getSelectedItem();
        return t == null || t.getId() == null ? null : t.getId().substring("tab-".length());
    }

    private void selectPanel(String id) {
        for (Tab t : panelTabs.getTabs()) if (("tab-" + id).equals(t.getId())) panelTabs.getSelectionModel().select(t);
    }

    private void cycleFocus() {
        Node f = scene.getFocusOwner();
        if (f == table || f == search) articleView.area().requestFocus();
        else if (f == articleView.area()) panelTabs.requestFocus();
        else table.requestFocus();
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("dark");
        if (dark) root.getStyleClass().add("dark");
    }

    /** The UI's text size at the normal article size; Ctrl+= and Ctrl+- scale both together. */
    static final double NORMAL_UI_FONT = 13.0;

    /**
     * Bigger or smaller text for the whole window: the article at {@code articlePx}, and the library, panels, trust
     * lines and menus in proportion (every other size in the stylesheets is in em).
     */
    private void scaleText(int articlePx) {
        articleView.setFontSize(articlePx);
        double ui = NORMAL_UI_FONT * articlePx / ReaderViewModel.NORMAL_FONT;
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", ui));
    }

    private void showArticle(LoadedArticle loaded) {
        layerCache.clear();
        articleView.show(loaded == null ? null : loaded.analysis().document());
        if (loaded != null) stage.setTitle(loaded.analysis().document().title() + " — Sourcelight");
        else stage.setTitle("Sourcelight");
        for (AnalysisPanel p : panels.values()) p.show(loaded);
        javafx.application.Platform.runLater(this::scrollPanelsToTop); // after the panels filled their lists
    }

    /** A new article starts every panel at its top, not where the last article's list was scrolled to. */
    private void scrollPanelsToTop() {
        for (AnalysisPanel p : panels.values()) {
            Node v = p.view();
            if (v instanceof javafx.scene.control.ScrollPane sp) sp.setVvalue(0);
            for (Node n : v.lookupAll(".scroll-pane")) if (n instanceof javafx.scene.control.ScrollPane sp) sp.setVvalue(0);
            for (Node n : v.lookupAll(".list-view")) if (n instanceof javafx.scene.control.ListView<?> l) l.scrollTo(0);
            for (Node n : v.lookupAll(".tree-view")) if (n instanceof javafx.scene.control.TreeView<?> t) t.scrollTo(0);
        }
    }

    /**
     * Quits as closing the window does (the same close handler saves the layout, theme, text size, last article and
     * panel): other open windows are asked first (Make lesson warns about a lesson not exported), then all close.
     */
    void quit() {
        for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w == stage || !(w instanceof Stage other) || other.getOnCloseRequest() == null) continue;
            javafx.stage.WindowEvent ask = new javafx.stage.WindowEvent(other, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
            other.getOnCloseRequest().handle(ask);
            if (ask.isConsumed()) return;
        }
        if (stage.getOnCloseRequest() != null) {
            javafx.stage.WindowEvent ask = new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(ask);
            if (ask.isConsumed()) return;
        }
        for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) w.hide();
    }

    private boolean deleting;

    private void deleteSelected() {
        ArticleSummary s = table.getSelectionModel().getSelectedItem();
        if (s == null || deleting) return;
        deleting = true;
        try {
            dialogs.confirmDelete(s);
        } finally {
            deleting = false;
        }
    }

    // ---- window state -------------------------------------------------------------------------------------------

    /** Restores size, position, dividers, theme, font size and the open panel from the settings. */
    public void restore(SettingsRepository settings) {
        WindowState.restore(settings, stage, split, panelTabs, vm);
    }

    /** The window state to save (written by the caller). */
    public Map<String, String> snapshotState() {
        return WindowState.snapshot(stage, split, panelTabs, vm);
    }

    // ---- PanelHost -----------------------------------------------------------------------------------------------

    @Override
    public void reveal(int start, int end) {
        articleView.reveal(start, end);
    }

    /**
     * Keeps every panel's layer but draws only the open panel's (and the reader's own notes), so the article shows
     * one question at a time instead of every finding at once.
     */
    @Override
    public void setHighlights(String layer, List<Highlight> highlights) {
        layerCache.put(layer, highlights == null ? List.of() : List.copyOf(highlights));
        if (isDrawn(layer)) articleView.setLayer(layer, highlights);
    }

    private boolean isDrawn(String layer) {
        if (ALWAYS_DRAWN.equals(layer)) return true;
        Tab sel = panelTabs.getSelectionModel().getSelectedItem();
        return sel != null && ("tab-" + layer).equals(sel.getId());
    }

    private void redrawLayers() {
        for (Map.Entry<String, List<Highlight>> e : layerCache.entrySet()) {
            articleView.setLayer(e.getKey(), isDrawn(e.getKey()) ? e.getValue() : List.of());
        }
    }

    @Override
    public void openArticle(long articleId, int start, int end) {
        vm.articleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LoadedArticle> o, LoadedArticle was, LoadedArticle loaded) {
                if (loaded == null || loaded.id() != articleId) return;
                vm.articleProperty().removeListener(this);
                articleView.reveal(start, end);
            }
        });
        vm.open(articleId);
    }

    @Override
    public Optional<Span> selection() {
        return articleView.selection();
    }

    @Override
    public void reanalyze() {
        vm.reanalyze();
    }

    @Override
    public void notify(String message) {
        vm.statusProperty().set(message);
    }

    @Override
    public TaskRunner tasks() {
        return vm.tasks();
    }
}

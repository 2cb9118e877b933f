package org.sourcelight.ui.notes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.report.AnnotationExchange;
import org.sourcelight.report.ArticleNotesExport;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Notes panel: highlight buttons, the open article's annotations (search, colour and tag filters), a small editor,
 * undo and retry bars, export and import. Its highlight layer ("notes") draws the annotations with the style classes
 * of {@code resources/css/notes.css}. The main window binds {@link #highlightSelection} and
 * {@link #addNoteToSelection} to keyboard shortcuts and puts {@link #contextMenuItems()} in the article's context menu.
 */
public final class NotesPanel implements AnalysisPanel {
    public static final String ID = "notes";

    private final PanelHost host;
    private final NotesViewModel vm;
    private final VBox root;
    private final ListView<Annotation> list;
    private final TextArea noteArea = new TextArea();
    private LoadedArticle article;
    private boolean syncing;

    private final AnnotationExchange exchange;

    /** @param exchange exports and imports the library's notes as Web Annotations */
    public NotesPanel(PanelHost host, NotesViewModel vm, AnnotationExchange exchange) {
        this.host = host;
        this.vm = vm;
        this.exchange = exchange;

        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(4, 4); // wraps in a narrow panel
        toolbar.getStyleClass().add("notes-toolbar");
        for (AnnotationColour c : AnnotationColour.values()) {
            Button b = new Button(null, NoteCell.swatch(c));
            b.setTooltip(new Tooltip("Highlight the selection: " + c.label() + " (" + c.pattern() + ")"));
            b.setAccessibleText("Highlight in " + c.label());
            b.setOnAction(e -> highlightSelection(c));
            b.disableProperty().bind(vm.availableProperty().not());
            toolbar.getChildren().add(b);
        }
        Button addNote = new Button("Add note");
        addNote.setTooltip(new Tooltip("Highlight the selection and write a note about it"));
        addNote.setOnAction(e -> addNoteToSelection());
        addNote.disableProperty().bind(vm.availableProperty().not());
        MenuButton exchangeMenu = new MenuButton("Export / import");
        exchangeMenu.getItems().addAll(
                item("Export this article's notes (Web Annotation JSON-LD)…", this::exportArticleJson),
                item("Export all notes (Web Annotation JSON-LD)…", this::exportAllJson),
                item("Export article with notes as HTML…", () -> exportDocument(true)),
                item("Export article with notes as Markdown…", () -> exportDocument(false)),
                item("Import notes (Web Annotation JSON-LD)…", this::importJson));
        addNote.setMinWidth(Button.USE_PREF_SIZE);
        exchangeMenu.setMinWidth(Button.USE_PREF_SIZE);
        toolbar.getChildren().addAll(addNote, exchangeMenu);

        TextField search = new TextField();
        search.setPromptText("Search notes, quotes, tags");
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<AnnotationColour> colourFilter = colourBox(true);
        colourFilter.valueProperty().bindBidirectional(vm.colourFilterProperty());
        ComboBox<String> tagFilter = tagFilter();
        colourFilter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tagFilter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(120);
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(4, 4, search, colourFilter, tagFilter);
        search.prefWidthProperty().bind(filters.widthProperty().subtract(8));
        filters.getStyleClass().add("notes-filters");

        Label status = new Label();
        status.getStyleClass().add("notes-empty");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        Label errorText = new Label();
        errorText.textProperty().bind(vm.errorProperty());
        Button retry = new Button("Retry");
        retry.setOnAction(e -> vm.retry());
        HBox errorBar = new HBox(errorText, retry);
        errorBar.getStyleClass().add("notes-error");
        HBox.setHgrow(errorText, Priority.ALWAYS);
        errorBar.visibleProperty().bind(vm.errorProperty().isNotNull());
        errorBar.managedProperty().bind(errorBar.visibleProperty());

        Button undo = new Button("Undo");
        undo.setOnAction(e -> vm.undoDelete());
        HBox undoBar = new HBox(new Label("Note deleted."), undo);
        undoBar.getStyleClass().add("notes-undo");
        undoBar.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());

        list = new ListView<>(vm.visible());
        list.setCellFactory(l -> new NoteCell<>(a -> a, a -> null, vm::isUnsaved));
        list.setPlaceholder(new Label("No notes here yet. Select text in the article and pick a colour."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing) return;
            vm.selectedProperty().set(b);
            if (b != null && !b.orphan()) host.reveal(b.start(), b.end());
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            syncing = true;
            try {
                list.getSelectionModel().select(b);
            } finally {
                syncing = false;
            }
        });
        vm.unsaved().addListener((SetChangeListener<String>) ch -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);

        noteArea.setPromptText("Your note");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(3);
        noteArea.textProperty().bindBidirectional(vm.editNoteProperty());
        TextField tags = new TextField();
        tags.setPromptText("Tags, separated by commas");
        tags.textProperty().bindBidirectional(vm.editTagsProperty());
        ComboBox<AnnotationColour> colour = colourBox(false);
        colour.valueProperty().bindBidirectional(vm.editColourProperty());
        Button save = new Button("Save");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.saveEdit());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> {
            if (vm.selectedProperty().get() != null) vm.delete(vm.selectedProperty().get());
        });
        HBox editorButtons = new HBox(4, colour, save, delete);
        HBox.setHgrow(tags, Priority.ALWAYS);
        VBox editor = new VBox(noteArea, tags, editorButtons);
        editor.getStyleClass().add("notes-editor");
        editor.disableProperty().bind(vm.selectedProperty().isNull());

        root = new VBox(toolbar, filters, status, errorBar, undoBar, list, editor);
        root.getStyleClass().add("notes-panel");

        vm.visible().addListener((ListChangeListener<Annotation>) ch -> host.setHighlights(ID, vm.highlights()));
    }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Notes"; }

    @Override
    public Node view() { return root; }

    @Override
    public void show(LoadedArticle loaded) {
        article = loaded;
        vm.open(loaded == null ? -1 : loaded.id(), loaded == null ? "" : loaded.text());
        host.setHighlights(ID, vm.highlights());
    }

    public NotesViewModel viewModel() { return vm; }

    /** Highlights the article's selection in a colour (for a shortcut such as Ctrl+1…5 and the context menu). */
    public void highlightSelection(AnnotationColour colour) {
        createFromSelection(colour);
    }

    /** Highlights the selection (yellow) and puts the cursor in the note editor (for Ctrl+Shift+N, say). */
    public void addNoteToSelection() {
        if (createFromSelection(AnnotationColour.YELLOW) != null) noteArea.requestFocus();
    }

    /** "Highlight" (one item per colour) and "Add note…", for the article view's context menu. */
    public List<MenuItem> contextMenuItems() {
        Menu highlight = new Menu("Highlight");
        for (AnnotationColour c : AnnotationColour.values()) {
            MenuItem m = item(c.label() + " (" + c.pattern() + ")", () -> highlightSelection(c));
            m.setGraphic(NoteCell.swatch(c));
            highlight.getItems().add(m);
        }
        return List.of(highlight, item("Add note…", this::addNoteToSelection));
    }

    private Annotation createFromSelection(AnnotationColour colour) {
        if (!vm.availableProperty().get()) {
            host.notify(vm.statusProperty().get().isEmpty() ? "Open an article first." : vm.statusProperty().get());
            return null;
        }
        Annotation a = host.selection().map(s -> vm.create(s, colour, "", List.of())).orElse(null);
        if (a == null) host.notify("Select some text in the article first.");
        return a;
    }

    // ---- export and import

    private void exportArticleJson() {
        if (article == null || article.id() <= 0) {
            host.notify("Open an article from the library first.");
            return;
        }
        long id = article.id();
        saveAs("notes.jsonld", "Web Annotation JSON-LD", "*.jsonld", () -> this.exchange.exportArticle(id));
    }

    private void exportAllJson() {
        saveAs("all-notes.jsonld", "Web Annotation JSON-LD", "*.jsonld", () -> exchange.exportAll());
    }

    private void exportDocument(boolean html) {
        if (article == null) {
            host.notify("Open an article first.");
            return;
        }
        String title = article.analysis().document().title();
        ArticleMeta meta = article.analysis().document().meta();
        String source = meta.url() != null ? meta.url() : meta.origin();
        String text = article.text();
        List<Annotation> notes = List.copyOf(vm.annotations());
        if (html) saveAs("notes.html", "HTML page", "*.html", () -> ArticleNotesExport.html(title, source, text, notes));
        else saveAs("notes.md", "Markdown", "*.md", () -> ArticleNotesExport.markdown(title, source, text, notes));
    }

    private void saveAs(String name, String kind, String pattern, Supplier<String> content) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) return;
        Path p = f.toPath();
        host.tasks().run("notes-export", () -> {
            try {
                Files.writeString(p, content.get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> host.notify("Exported to " + p.getFileName() + "."),
                e -> host.notify("Could not export: " + message(e)));
    }

    private void importJson() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web Annotation JSON-LD", "*.jsonld", "*.json"));
        File f = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) return;
        Path p = f.toPath();
        host.tasks().submit("notes-import", () -> {
            try {
                return exchange.importJson(Files.readString(p, StandardCharsets.UTF_8), Instant.now());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, report -> {
            host.notify(report.summary());
            if (!report.skipped().isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION);
                a.setTitle("Import notes");
                a.setHeaderText(report.summary());
                TextArea details = new TextArea(report.details());
                details.setEditable(false);
                details.setWrapText(true);
                a.getDialogPane().setContent(details);
                a.show();
            }
            vm.reload();
        }, e -> host.notify("Could not import " + p.getFileName() + ": " + message(e)));
    }

    private static String message(Throwable e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    // ---- small helpers

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static ComboBox<AnnotationColour> colourBox(boolean withAll) {
        ComboBox<AnnotationColour> box = new ComboBox<>();
        if (withAll) box.getItems().add(null);
        box.getItems().addAll(AnnotationColour.values());
        box.setCellFactory(l -> colourCell());
        box.setButtonCell(colourCell());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnnotationColour c) { return c == null ? "All colours" : c.label(); }

            @Override
            public AnnotationColour fromString(String s) { return AnnotationColour.fromId(s); }
        });
        return box;
    }

    private static ListCell<AnnotationColour> colourCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AnnotationColour c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? "All colours" : c.label());
                setGraphic(empty || c == null ? null : NoteCell.swatch(c));
            }
        };
    }

    private static ListCell<String> textCell(Function<String, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : label.apply(s));
            }
        };
    }

    /** The first entry of the tag filter: every note, whatever its tags (a value, so the box shows it). */
    static final String ALL_TAGS = "All tags";

    /**
     * The tag filter: "All tags" and the article's tags. "All tags" is a real entry (not an empty value), so the box
     * never goes blank when the tags change after a note is saved.
     */
    private ComboBox<String> tagFilter() {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(ALL_TAGS);
        box.getItems().setAll(ALL_TAGS);
        box.setValue(ALL_TAGS);
        vm.tags().addListener((ListChangeListener<String>) ch -> {
            String keep = vm.tagFilterProperty().get();
            List<String> items = new ArrayList<>();
            items.add(ALL_TAGS);
            for (String t : vm.tags()) if (!t.equals(ALL_TAGS)) items.add(t);
            box.getItems().setAll(items);
            box.setValue(keep == null || keep.isEmpty() || !items.contains(keep) ? ALL_TAGS : keep);
        });
        box.valueProperty().addListener((o, a, v) -> {
            if (v == null) return; // the list is being replaced: the listener above chooses again
            vm.tagFilterProperty().set(v.equals(ALL_TAGS) ? "" : v);
        });
        vm.tagFilterProperty().addListener((o, a, v) -> box.setValue(v == null || v.isEmpty() ? ALL_TAGS : v));
        return box;
    }
}

package org.sourcelight.ui.notes;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.report.AnnotationExchange;
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


    /** @param exchange exports and imports the library's notes as Web Annotations */
    public NotesPanel(PanelHost host, NotesViewModel vm, AnnotationExchange exchange) {
        this.host = host;
        this.vm = vm;
        NotesExchangeMenu exchangeMenu = new NotesExchangeMenu(host, vm, exchange, () -> article, this::window);
        list = noteList();
        root = new VBox(toolbar(exchangeMenu.button()), NoteFilters.row(vm), statusLine(), errorBar(), undoBar(), list, editor());
        root.getStyleClass().add("notes-panel");
        vm.visible().addListener((ListChangeListener<Annotation>) ch -> host.setHighlights(ID, vm.highlights()));
    }

    /** The window the panel is shown in, for file dialogs; null before it is shown. */
    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** A highlight button per colour, "Add note" and the export/import menu; wraps in a narrow panel. */
    private FlowPane toolbar(MenuButton exchangeMenu) {
        FlowPane toolbar = new FlowPane(4, 4);
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
        addNote.setMinWidth(Button.USE_PREF_SIZE);
        toolbar.getChildren().addAll(addNote, exchangeMenu);
        return toolbar;
    }

    /** Why annotating is off, or what the last load did (moved or orphaned notes); hidden when there is nothing to say. */
    private Label statusLine() {
        Label status = new Label();
        status.getStyleClass().add("notes-empty");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    /** Why a save failed, with Retry; shown while a change is not saved. */
    private HBox errorBar() {
        Label errorText = new Label();
        errorText.textProperty().bind(vm.errorProperty());
        Button retry = new Button("Retry");
        retry.setOnAction(e -> vm.retry());
        HBox errorBar = new HBox(errorText, retry);
        errorBar.getStyleClass().add("notes-error");
        HBox.setHgrow(errorText, Priority.ALWAYS);
        errorBar.visibleProperty().bind(vm.errorProperty().isNotNull());
        errorBar.managedProperty().bind(errorBar.visibleProperty());
        return errorBar;
    }

    /** "Note deleted." with Undo, while the delete can be undone. */
    private HBox undoBar() {
        Button undo = new Button("Undo");
        undo.setOnAction(e -> vm.undoDelete());
        HBox undoBar = new HBox(new Label("Note deleted."), undo);
        undoBar.getStyleClass().add("notes-undo");
        undoBar.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        return undoBar;
    }

    /** The visible notes; selecting one selects it in the editor and reveals its passage. */
    private ListView<Annotation> noteList() {
        ListView<Annotation> notes = new ListView<>(vm.visible());
        notes.setCellFactory(l -> new NoteCell<>(a -> a, a -> null, vm::isUnsaved));
        notes.setPlaceholder(new Label("No notes here yet. Select text in the article and pick a colour."));
        notes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing) return;
            vm.selectedProperty().set(b);
            if (b != null && !b.orphan()) host.reveal(b.start(), b.end());
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            syncing = true;
            try {
                notes.getSelectionModel().select(b);
            } finally {
                syncing = false;
            }
        });
        vm.unsaved().addListener((SetChangeListener<String>) ch -> notes.refresh());
        VBox.setVgrow(notes, Priority.ALWAYS);
        return notes;
    }

    /** Note, tags and colour of the selected annotation, with Save and Delete; off while none is selected. */
    private VBox editor() {
        noteArea.setPromptText("Your note");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(3);
        noteArea.textProperty().bindBidirectional(vm.editNoteProperty());
        TextField tags = new TextField();
        tags.setPromptText("Tags, separated by commas");
        tags.textProperty().bindBidirectional(vm.editTagsProperty());
        ComboBox<AnnotationColour> colour = NoteFilters.colourBox(false);
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
        return editor;
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

    // ---- small helpers

    static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}

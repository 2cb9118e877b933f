package org.sourcelight.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.ui.notes.AllNotesView;

/**
 * The left side of the reader: the library (search, sort, the list of articles; selecting one opens it) and the
 * "All notes" tab. Delete asks before it deletes the selected article.
 */
final class LibraryPane {
    private final ReaderViewModel vm;
    private final ReaderDialogs dialogs;
    private final ListView<ArticleSummary> table = new ListView<>();
    private final ComboBox<LibrarySort> sortBy = new ComboBox<>();
    private final TextField search = new TextField();
    private boolean deleting;

    LibraryPane(ReaderViewModel vm, ReaderDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    ListView<ArticleSummary> table() { return table; }

    TextField search() { return search; }

    /** The two tabs: the library and {@code allNotes}. */
    TabPane build(AllNotesView allNotes) {
        Label libTitle = new Label("Library");
        libTitle.getStyleClass().add("pane-title");
        VBox library = new VBox(8, libTitle, searchField(), sortRow(), libraryList());
        library.getStyleClass().add("library-pane");
        library.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);

        Tab libTab = new Tab("Library", library);
        libTab.setClosable(false);
        Tab notesTab = new Tab("All notes");
        notesTab.setClosable(false);
        notesTab.setId("tab-all-notes");
        PanelTabs.fillWhenFirstSelected(notesTab, allNotes::view);
        notesTab.selectedProperty().addListener((o, was, is) -> {
            if (is) allNotes.refresh();
        });
        ((VBox) allNotes.view()).setPadding(new Insets(10));
        TabPane left = new TabPane(libTab, notesTab);
        left.getStyleClass().add("left-tabs");
        libTitle.setVisible(false); // the tab says it
        libTitle.setManaged(false);
        left.setMinWidth(200); // the library shrinks with a small window, so the article keeps room
        return left;
    }

    private TextField searchField() {
        search.setPromptText("Search titles and text");
        search.setId("librarySearch");
        search.textProperty().bindBidirectional(vm.queryProperty());
        return search;
    }

    private HBox sortRow() {
        sortBy.getItems().addAll(LibrarySort.values());
        sortBy.setValue(LibrarySort.IMPORTED);
        sortBy.setId("librarySort");
        Label sortLabel = new Label("Sort:");
        sortLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox sortRow = new HBox(6, sortLabel, sortBy);
        sortRow.setAlignment(Pos.CENTER_LEFT);
        return sortRow;
    }

    private ListView<ArticleSummary> libraryList() {
        table.setId("libraryTable");
        table.setCellFactory(l -> new LibraryCell());
        table.setPlaceholder(new Label("No articles yet. Import a file (Ctrl+O), paste text or drop a file here."));
        SortedList<ArticleSummary> sorted = new SortedList<>(vm.articles());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> sortBy.getValue().comparator(), sortBy.valueProperty()));
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && s.id() != vm.openIdProperty().get()) vm.open(s.id());
        });
        vm.articles().addListener((ListChangeListener<ArticleSummary>) c -> reselect());
        table.setOnKeyPressed(e -> {
            // plain Delete; Ctrl+Delete is the menu's accelerator and must not ask a second time
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                e.consume();
                deleteSelected();
            }
        });
        return table;
    }

    /** Keeps the open article selected when the list changes. */
    private void reselect() {
        long id = vm.openIdProperty().get();
        for (ArticleSummary s : table.getItems()) {
            if (s.id() == id) {
                if (table.getSelectionModel().getSelectedItem() != s) table.getSelectionModel().select(s);
                return;
            }
        }
    }

    /** Asks, then deletes the selected article (once, however many keys ask at the same time). */
    void deleteSelected() {
        ArticleSummary s = table.getSelectionModel().getSelectedItem();
        if (s == null || deleting) return;
        deleting = true;
        try {
            dialogs.confirmDelete(s);
        } finally {
            deleting = false;
        }
    }
}

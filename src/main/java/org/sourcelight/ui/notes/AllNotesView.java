package org.sourcelight.ui.notes;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourcelight.model.LibraryNote;
import org.sourcelight.ui.panel.PanelHost;

/**
 * All notes of the library in one searchable list; double-click or Enter opens the article at the passage.
 * Call {@link #refresh()} when it is shown (notes may have changed meanwhile).
 */
public final class AllNotesView {
    private final AllNotesViewModel vm;
    private final VBox root;

    public AllNotesView(PanelHost host, AllNotesViewModel vm) {
        this.vm = vm;
        TextField search = new TextField();
        search.setPromptText("Search all notes, quotes and tags");
        search.textProperty().bindBidirectional(vm.queryProperty());
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        ListView<LibraryNote> list = new ListView<>(vm.results());
        list.setCellFactory(l -> new NoteCell<>(LibraryNote::annotation, LibraryNote::articleTitle, a -> false));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem(), host::openArticle);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem(), host::openArticle);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, search, summary, error, list);
        root.getStyleClass().addAll("notes-panel", "all-notes");
        vm.refresh();
    }

    public Node view() { return root; }

    public AllNotesViewModel viewModel() { return vm; }

    public void refresh() { vm.refresh(); }
}

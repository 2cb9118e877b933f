package org.sourcelight.ui.assertions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sourcelight.analysis.assertions.Lexicons;

/** The "Word lists…" dialog over a {@link WordListsViewModel}. Its result is true when the reader chose Save. */
final class WordListsDialog extends Dialog<Boolean> {
    WordListsDialog(WordListsViewModel vm, Window owner) {
        setTitle("Word lists");
        setHeaderText("Add or remove the words the Assertions panel looks for.");
        if (owner != null) initOwner(owner);
        setResizable(true);
        ListView<WordListsViewModel.TermRow> terms = terms(vm);
        TextField term = newTerm(vm);
        Button add = new Button("Add");
        add.setOnAction(e -> vm.add());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox content = new VBox(8, listPicker(vm), purpose(vm), terms, new HBox(8, term, add, toggle(vm, terms)), message);
        content.getStyleClass().add("word-lists-dialog");
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        setResultConverter(b -> b == save);
    }

    private static ComboBox<Lexicons.Info> listPicker(WordListsViewModel vm) {
        ComboBox<Lexicons.Info> lists = new ComboBox<>(vm.lists());
        lists.valueProperty().bindBidirectional(vm.selectedProperty());
        lists.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lexicons.Info i) { return i == null ? "" : i.label(); }

            @Override
            public Lexicons.Info fromString(String s) { return null; }
        });
        return lists;
    }

    /** What the chosen list is for, in a sentence. */
    private static Label purpose(WordListsViewModel vm) {
        Label purpose = new Label();
        purpose.setWrapText(true);
        purpose.textProperty().bind(Bindings.createStringBinding(
                () -> vm.selectedProperty().get() == null ? "" : vm.selectedProperty().get().purpose(), vm.selectedProperty()));
        return purpose;
    }

    /** The chosen list's terms; a removed one stays visible, struck through, until Save. */
    private static ListView<WordListsViewModel.TermRow> terms(WordListsViewModel vm) {
        ListView<WordListsViewModel.TermRow> terms = new ListView<>(vm.terms());
        terms.setPrefSize(460, 320);
        terms.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WordListsViewModel.TermRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("word-list-removed");
                setText(empty || r == null ? null : r.display());
                if (r != null && r.removed()) getStyleClass().add("word-list-removed");
            }
        });
        VBox.setVgrow(terms, Priority.ALWAYS);
        return terms;
    }

    /** "Remove", or "Put back" for a term already removed; off while no term is selected. */
    private static Button toggle(WordListsViewModel vm, ListView<WordListsViewModel.TermRow> terms) {
        Button toggle = new Button();
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            WordListsViewModel.TermRow r = terms.getSelectionModel().getSelectedItem();
            return r != null && r.removed() ? "Put back" : "Remove";
        }, terms.getSelectionModel().selectedItemProperty()));
        toggle.disableProperty().bind(terms.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> vm.toggle(terms.getSelectionModel().getSelectedItem()));
        return toggle;
    }

    private static TextField newTerm(WordListsViewModel vm) {
        TextField term = new TextField();
        term.setPromptText("New word or phrase");
        term.textProperty().bindBidirectional(vm.newTermProperty());
        term.setOnAction(e -> vm.add());
        HBox.setHgrow(term, Priority.ALWAYS);
        return term;
    }
}

package org.sourcelight.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.StatusBar;
import org.sourcelight.text.Plural;

/** What the reader window says about its work: the status bar below, and the error bar above the article. */
final class StatusLine {
    private StatusLine() {}

    /**
     * ControlsFX's status bar: the status line, the progress of a bulk import with Cancel beside it (an
     * indeterminate bar for other work), and the number of articles.
     */
    static Node statusBar(ReaderViewModel vm) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(Bindings.when(vm.importingProperty()).then(vm.progressProperty())
                .otherwise(Bindings.when(vm.busyProperty()).then(-1.0).otherwise(0.0)));
        Button cancel = new Button("Cancel import");
        cancel.setId("cancelImport");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Plural.of(vm.articles().size(), "article", "articles"), vm.articles()));
        count.setMinWidth(Label.USE_PREF_SIZE);
        bar.getRightItems().addAll(cancel, count);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The last error in plain words with a Dismiss button; hidden while there is none. */
    static Node errorBar(ReaderViewModel vm) {
        HBox errorBar = new HBox(12);
        errorBar.getStyleClass().add("error-bar");
        errorBar.setAlignment(Pos.CENTER_LEFT);
        errorBar.setPadding(new Insets(8, 12, 8, 12));
        Label errorText = new Label();
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
        return errorBar;
    }
}

package org.sourcelight.ui.outlets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Typology;

/** Lets the reader correct the article's publisher, or add/correct a registry entry (saved as theirs). */
final class OutletEditDialog {
    private static final String NOT_RATED = "not rated";

    private OutletEditDialog() {}

    static void open(Window owner, OutletsViewModel vm, Runnable reanalyze) {
        Outlet d = vm.draft();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Edit outlet");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField publisher = new TextField(d.name());
        Label ask = new Label("Who published this article? Type an outlet's name; if it is in the "
                + "registry its facts are shown, otherwise it is shown as \"not in the registry\".");
        ask.setWrapText(true); // the whole sentence, on as many lines as it needs
        ask.setMinHeight(Label.USE_PREF_SIZE);
        ask.setMaxWidth(520);
        VBox publisherBox = new VBox(8, ask, publisher);
        publisherBox.setPadding(new javafx.geometry.Insets(12));
        Tab publisherTab = new Tab("Publisher of this article", publisherBox);
        publisherTab.setDisable(!vm.publisherEditableProperty().get());

        TextField id = new TextField(d.id());
        TextField name = new TextField(d.name());
        TextField aliases = new TextField(String.join(", ", d.aliases()));
        TextField domains = new TextField(String.join(", ", d.domains()));
        TextField country = new TextField(d.country());
        TextField ownerField = new TextField(d.owner());
        List<String> codes = new ArrayList<>();
        codes.add(NOT_RATED);
        for (Typology t : Typology.values()) codes.add(t.name());
        ChoiceBox<String> model = new ChoiceBox<>();
        model.getItems().setAll(codes);
        model.setValue(d.typology() == null ? NOT_RATED : d.typology().name());
        TextField classification = new TextField(d.classification());
        TextField year = new TextField(d.year() > 0 ? String.valueOf(d.year()) : "");
        TextField source = new TextField(d.sourceUrl());
        TextArea note = new TextArea(d.note());
        note.setPrefRowCount(3);
        note.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new javafx.geometry.Insets(12)); // off the dialog's edge
        String[] labels = {"Id", "Name", "Other names (comma-separated)", "Web domains (comma-separated)", "Country",
                "Owner", "State Media Monitor model", "Your words for its status", "Year of the rating", "Source of the rating",
                "Note"};
        javafx.scene.Node[] fields = {id, name, aliases, domains, country, ownerField, model, classification, year, source, note};
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setMinWidth(Label.USE_PREF_SIZE); // labels are never cut to "…"
            g.add(l, 0, i);
            g.add(fields[i], 1, i);
        }
        Tab entryTab = new Tab("Registry entry", g);
        TabPane tabs = new TabPane(publisherTab, entryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (publisherTab.isDisable()) tabs.getSelectionModel().select(entryTab);
        tabs.setPrefWidth(620);
        dialog.getDialogPane().setContent(tabs);
        dialog.setResizable(true);

        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            try {
                if (tabs.getSelectionModel().getSelectedItem() == publisherTab) {
                    vm.savePublisher(publisher.getText(), reanalyze);
                } else {
                    String code = NOT_RATED.equals(model.getValue()) ? null : model.getValue();
                    vm.saveEntry(OutletsViewModel.entryFrom(id.getText(), name.getText(), aliases.getText(),
                            domains.getText(), country.getText(), ownerField.getText(), code, classification.getText(),
                            year.getText(), source.getText(), note.getText()), reanalyze);
                }
            } catch (IllegalArgumentException e) {
                Alert a = new Alert(Alert.AlertType.WARNING, e.getMessage(), ButtonType.OK);
                if (owner != null) a.initOwner(owner);
                a.showAndWait();
            }
        });
    }
}

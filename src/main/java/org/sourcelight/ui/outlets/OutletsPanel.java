package org.sourcelight.ui.outlets;

import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Provenance panel: who published the article (an outlet card with the evidence), the outlets it cites, the
 * words that call an outlet state-run, and how each relayed claim reached the reader. Styles in
 * {@code resources/css/outlets.css}.
 */
public final class OutletsPanel implements AnalysisPanel {
    private final PanelHost host;
    private final HostServices hostServices; // null when not running as an Application: links are then copied
    private final OutletsViewModel vm;
    private final ScrollPane root;

    public OutletsPanel(PanelHost host, OutletsViewModel vm, HostServices hostServices) {
        this.host = host;
        this.hostServices = hostServices;
        this.vm = vm;
        this.root = build();
        vm.highlights().addListener((ListChangeListener<Highlight>) c -> host.setHighlights(id(), List.copyOf(vm.highlights())));
    }

    @Override public String id() { return OutletsViewModel.LAYER; }

    @Override public String title() { return "Provenance"; }

    @Override public Node view() { return root; }

    @Override public void show(LoadedArticle article) { vm.show(article); }

    public OutletsViewModel viewModel() { return vm; }

    private ScrollPane build() {
        VBox box = new VBox(10, card(), section("Outlets cited in the text", citedList()),
                section("Words that call an outlet state-run", cueList()),
                section("How the claims reached you", chainList()));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("outlets-panel");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }

    private Node card() {
        Label heading = new Label("Published by");
        heading.getStyleClass().add("outlets-heading");
        Label name = new Label();
        name.textProperty().bind(Bindings.when(vm.hasPublisherProperty()).then(vm.nameProperty()).otherwise("Unknown publisher"));
        name.getStyleClass().add("outlets-name");
        Button edit = new Button("Edit…");
        edit.setTooltip(new Tooltip("Correct the publisher or add/correct a registry entry"));
        edit.disableProperty().bind(vm.editableProperty().not());
        edit.setOnAction(e -> OutletEditDialog.open(root.getScene() == null ? null : root.getScene().getWindow(), vm,
                host::reanalyze));
        HBox top = new HBox(8, name, edit);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);

        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "Country", vm.countryProperty());
        row = fact(facts, row, "Model", vm.modelProperty());
        row = fact(facts, row, "What it means", vm.meaningProperty());
        row = fact(facts, row, "Owner", vm.ownerProperty());
        row = fact(facts, row, "Year", vm.yearProperty());
        facts.add(key("Source"), 0, row);
        facts.add(sourceLink(), 1, row++);
        row = fact(facts, row, "Caveats", vm.noteProperty());
        fact(facts, row, "How we know", vm.evidenceProperty());

        Label message = wrapped();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("outlets-message");
        VBox card = new VBox(6, heading, top, facts, message);
        card.getStyleClass().add("outlets-card");
        return card;
    }

    private Node sourceLink() {
        Hyperlink link = new Hyperlink();
        link.textProperty().bind(vm.sourceUrlProperty());
        link.visibleProperty().bind(vm.sourceUrlProperty().isNotEmpty());
        link.setWrapText(true);
        link.setOnAction(e -> {
            String url = vm.sourceUrlProperty().get();
            if (hostServices != null) {
                hostServices.showDocument(url);
            } else {
                ClipboardContent c = new ClipboardContent();
                c.putString(url);
                Clipboard.getSystemClipboard().setContent(c);
                host.notify("Link copied: " + url);
            }
        });
        Button copy = new Button("Copy address"); // the address once; keyboard users copy it with this button
        copy.getStyleClass().add("outlets-url");
        copy.visibleProperty().bind(vm.sourceUrlProperty().isNotEmpty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.sourceUrlProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
            host.notify("Address copied.");
        });
        return new VBox(2, link, copy);
    }

    private static int fact(GridPane g, int row, String key, javafx.beans.value.ObservableStringValue value) {
        Label v = wrapped();
        v.textProperty().bind(value);
        Label k = key(key);
        k.visibleProperty().bind(Bindings.isNotEmpty(value));
        k.managedProperty().bind(k.visibleProperty());
        v.managedProperty().bind(k.visibleProperty());
        g.add(k, 0, row);
        g.add(v, 1, row);
        return row + 1;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("outlets-key");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        return l;
    }

    private static Node section(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("outlets-heading");
        return new VBox(4, l, content);
    }

    private Node citedList() {
        ListView<OutletsViewModel.CitedRow> list = new ListView<>(vm.cited());
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No other outlet is named in the text."));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override protected void updateItem(OutletsViewModel.CitedRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("outlets-not-in-registry");
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setGraphic(wrapTo(this, new Label(r.name() + " — " + r.label() + "\n" + r.how() + ": \u201C" + r.words() + "\u201D")));
                if (r.label().equals("not in the registry")) getStyleClass().add("outlets-not-in-registry");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) host.reveal(r.start(), r.end());
        });
        return list;
    }

    private Node cueList() {
        ListView<OutletsViewModel.CueRow> list = new ListView<>(vm.cues());
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No words in the text call an outlet state-run."));
        list.setCellFactory(v -> wrappingCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) host.reveal(r.start(), r.end());
        });
        return list;
    }

    private Node chainList() {
        ListView<OutletsViewModel.ChainRow> list = new ListView<>(vm.chains());
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("No claim in the text is relayed from another outlet."));
        list.setCellFactory(v -> wrappingCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) host.reveal(r.start(), r.end());
        });
        return list;
    }

    /** A label that wraps to the list's width (a cell's own text would be cut with "…"). */
    private static Label wrapTo(ListCell<?> cell, Label l) {
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        if (cell.getListView() != null) l.maxWidthProperty().bind(cell.getListView().widthProperty().subtract(30));
        return l;
    }

    private static <T> ListCell<T> wrappingCell() {
        return new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : wrapTo(this, new Label(item.toString())));
            }
        };
    }
}

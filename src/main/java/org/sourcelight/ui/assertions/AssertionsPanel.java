package org.sourcelight.ui.assertions;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.library.WordListEdits;
import org.sourcelight.model.Assertion;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Assertions panel: sentences where the article asserts things nobody stands behind, most serious first, with
 * reason filters, click-to-scroll, a highlight layer (sentences by severity, words by reason; styles in
 * {@code css/assertions.css}) and the "Word lists…" dialog.
 */
public final class AssertionsPanel implements AnalysisPanel {
    private final PanelHost host;
    private final AssertionsViewModel vm;
    private final WordListEdits edits;
    private final VBox root = new VBox(8);

    /** @param edits the reader's word-list edits, or null when there is no library (the dialog is then off) */
    public AssertionsPanel(PanelHost host, AssertionsViewModel vm, WordListEdits edits) {
        this.host = host;
        this.edits = edits;
        this.vm = vm;
        build();
        vm.highlights().addListener((ListChangeListener<Object>) c -> host.setHighlights(id(), List.copyOf(vm.highlights())));
        vm.loadLexicons();
    }

    public AssertionsViewModel viewModel() { return vm; }

    @Override
    public String id() { return AssertionsViewModel.LAYER; }

    @Override
    public String title() { return "Assertions"; }

    @Override
    public Node view() { return root; }

    @Override
    public void show(LoadedArticle article) { vm.show(article); }

    private void build() {
        root.getStyleClass().add("assertions-panel");
        root.setPadding(new Insets(8));

        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("assertions-summary");

        Label error = new Label();
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.getStyleClass().add("assertions-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        FlowPane filters = filterButtons();

        ListView<AssertionsViewModel.Row> list = new ListView<>(vm.rows());
        list.getStyleClass().add("assertions-list");
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b instanceof AssertionsViewModel.Item i) host.reveal(i.assertion().start(), i.assertion().end());
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button words = new Button("Word lists…");
        words.setMinWidth(Button.USE_PREF_SIZE);
        words.setTooltip(new Tooltip("Add or remove the words this panel looks for."));
        words.setOnAction(e -> openWordLists());
        words.setDisable(edits == null);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        filters.getChildren().add(words);

        root.getChildren().addAll(summary, error, filters, list);
    }

    /**
     * "All" and one button per reason in one toggle group: the chosen one is drawn pressed, with a tick, and the list
     * shows only its findings; "All" shows every finding. Reasons the article does not have are not offered.
     */
    private FlowPane filterButtons() {
        FlowPane filters = new FlowPane(4, 4);
        filters.getStyleClass().add("assertions-filters");
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton();
        all.setId("assertions-filter-all");
        all.getStyleClass().add("assertions-filter");
        all.setToggleGroup(group);
        all.setTooltip(new Tooltip("Show every sentence to question."));
        all.setOnAction(e -> vm.showAll());
        filters.getChildren().add(all);
        java.util.Map<Reason, ToggleButton> byReason = new java.util.EnumMap<>(Reason.class);
        for (Reason r : Reason.values()) {
            ToggleButton b = reasonButton(r, group);
            byReason.put(r, b);
            filters.getChildren().add(b);
        }
        Runnable sync = () -> {
            Reason alone = vm.shownAlone();
            ToggleButton on = alone == null ? all : byReason.get(alone);
            if (group.getSelectedToggle() != on) group.selectToggle(on);
            all.setText(label(all, "All", vm.total()));
            for (Reason r : Reason.values()) byReason.get(r).setText(label(byReason.get(r), r.label(), vm.countProperty(r).get()));
        };
        // a pressed button stays pressed: clicking the chosen filter again does not leave none chosen
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) group.selectToggle(was);
            sync.run();
        });
        for (Reason r : Reason.values()) {
            vm.shownProperty(r).addListener((o, a, b) -> sync.run());
            vm.countProperty(r).addListener((o, a, b) -> {
                if (vm.shownAlone() == r && b.intValue() == 0) vm.showAll(); // a new article without this reason
                sync.run();
            });
        }
        vm.rows().addListener((ListChangeListener<AssertionsViewModel.Row>) c -> sync.run());
        sync.run();
        return filters;
    }

    /** The filter button of one reason, shown only while the article has findings with it. */
    private ToggleButton reasonButton(Reason r, ToggleGroup group) {
        ToggleButton b = new ToggleButton();
        b.getStyleClass().addAll("assertions-filter", AssertionsViewModel.triggerStyle(r) + "-key");
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip("Show only the sentences flagged for: " + r.label().toLowerCase() + ". " + r.question()));
        b.setOnAction(e -> vm.showOnly(r));
        b.managedProperty().bind(vm.countProperty(r).greaterThan(0));
        b.visibleProperty().bind(b.managedProperty());
        return b;
    }

    /** "✓ Loaded words (9)" when chosen, "Loaded words (9)" otherwise: the state is in the words, not only in colour. */
    private static String label(ToggleButton b, String what, int n) {
        return (b.isSelected() ? "\u2713 " : "") + what + " (" + n + ")";
    }

    private void openWordLists() {
        WordListsViewModel w = new WordListsViewModel(host.tasks(), edits, vm.lexiconsProperty().get());
        WordListsDialog dialog = new WordListsDialog(w, root.getScene() == null ? null : root.getScene().getWindow());
        dialog.showAndWait().ifPresent(save -> {
            if (!save) return;
            w.save(saved -> {
                vm.lexiconsProperty().set(saved);
                host.notify("Word lists saved; checking the article again.");
                host.reanalyze();
            });
        });
    }

    /** A severity heading or a finding: the sentence, its reasons and the plain explanation. */
    private static final class RowCell extends ListCell<AssertionsViewModel.Row> {
        @Override
        protected void updateItem(AssertionsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("assertions-heading", "assertions-item");
            setTooltip(null);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row instanceof AssertionsViewModel.Heading h) showHeading(h);
            else showItem((AssertionsViewModel.Item) row);
        }

        private void showHeading(AssertionsViewModel.Heading h) {
            getStyleClass().add("assertions-heading");
            setText(null);
            Label l = new Label(h.label());
            l.getStyleClass().addAll("assertions-heading-label", "assertions-severity-" + h.severity().name().toLowerCase());
            setGraphic(l);
        }

        private void showItem(AssertionsViewModel.Item i) {
            java.util.function.Consumer<Label> wrap = l -> {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                if (getListView() != null) l.maxWidthProperty().bind(getListView().widthProperty().subtract(34));
            };
            Assertion a = i.assertion();
            getStyleClass().add("assertions-item");
            Label reasons = new Label(i.reasons());
            reasons.getStyleClass().add("assertions-reasons");
            Label sentence = new Label(i.sentence());
            sentence.setWrapText(true);
            sentence.getStyleClass().add("assertions-sentence");
            Label why = new Label(a.explanation());
            why.setWrapText(true);
            why.getStyleClass().add("assertions-explanation");
            Label ask = new Label("Ask: " + a.question());
            ask.setWrapText(true);
            ask.getStyleClass().add("assertions-question");
            for (Label l : List.of(reasons, sentence, why, ask)) wrap.accept(l);
            VBox box = new VBox(2, reasons, sentence, why, ask);
            box.setPrefWidth(0);
            box.getStyleClass().add("assertions-severity-" + a.severity().name().toLowerCase());
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(AssertionsViewModel.tooltip(a)));
        }
    }
}

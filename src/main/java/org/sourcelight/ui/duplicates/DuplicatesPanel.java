package org.sourcelight.ui.duplicates;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Duplicates panel: the open article's repeated and copied passages (kind, similarity, other article), and for
 * the selected one a side-by-side comparison with the changed words marked. Selecting a row shows the passage in
 * the article; the link (or a double click, or Enter) opens the other article at its passage, or shows the twin.
 * Boilerplate rows stay listed but muted. Styles: {@code css/duplicates.css}.
 */
public final class DuplicatesPanel implements AnalysisPanel {
    public static final String ID = "duplicates";

    private final PanelHost host;
    private final DuplicatesViewModel model;
    private final VBox root = new VBox();
    private final ListView<DuplicatesViewModel.Row> list = new ListView<>();
    private final TextFlow thisFlow = new TextFlow();
    private final TextFlow otherFlow = new TextFlow();

    public DuplicatesPanel(PanelHost host, DuplicatesViewModel model) {
        this.host = host;
        this.model = model;
        build();
    }

    public DuplicatesViewModel model() { return model; }

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Duplicates"; }

    @Override
    public Node view() { return root; }

    @Override
    public void show(LoadedArticle article) {
        model.show(article);
    }

    private void build() {
        root.getStyleClass().add("duplicates-panel");
        Label status = new Label();
        status.getStyleClass().add("duplicates-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        // the status line wraps to the panel's width instead of being cut ("… 1 boilerplate ...")
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox top = new HBox(6, busy, status);
        javafx.scene.control.Button showAll = new javafx.scene.control.Button();
        showAll.getStyleClass().add("duplicates-show-all");
        showAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        showAll.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Show all " + model.totalProperty().get(), model.totalProperty()));
        showAll.visibleProperty().bind(model.hiddenProperty().greaterThan(0));
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.setOnAction(e -> model.showAll());
        top.getChildren().add(showAll);

        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label("Nothing repeated or copied."));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) model.open(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) model.open(list.getSelectionModel().getSelectedItem());
        });

        Label explanation = new Label();
        explanation.getStyleClass().add("duplicates-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());

        Label thisTitle = new Label("This article");
        thisTitle.getStyleClass().add("duplicates-side-title");
        Hyperlink otherLink = new Hyperlink();
        otherLink.getStyleClass().add("duplicates-side-title");
        otherLink.textProperty().bind(model.otherTitleProperty());
        otherLink.setOnAction(e -> model.open(model.selectedProperty().get()));
        model.selectedProperty().addListener((o, was, now) -> otherLink.setDisable(now == null || !now.canOpen()));

        thisFlow.getStyleClass().addAll("duplicates-side", "duplicates-this");
        otherFlow.getStyleClass().addAll("duplicates-side", "duplicates-other");
        model.thisSide().addListener((ListChangeListener<WordDiff.Segment>) c -> fill(thisFlow, model.thisSide()));
        model.otherSide().addListener((ListChangeListener<WordDiff.Segment>) c -> fill(otherFlow, model.otherSide()));
        VBox left = new VBox(4, thisTitle, scroll(thisFlow));
        VBox right = new VBox(4, otherLink, scroll(otherFlow));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        HBox compare = new HBox(8, left, right);
        compare.getStyleClass().add("duplicates-compare");
        // until a passage is picked there is nothing to compare: a hint instead of two empty boxes
        Label pick = new Label("Pick a passage above to see it here next to the other article's words.");
        pick.getStyleClass().add("duplicates-pick-hint");
        pick.setWrapText(true);
        javafx.beans.binding.BooleanBinding picked = model.selectedProperty().isNotNull();
        compare.visibleProperty().bind(picked);
        compare.managedProperty().bind(picked);
        pick.visibleProperty().bind(picked.not().and(javafx.beans.binding.Bindings.isNotEmpty(model.rows())));
        pick.managedProperty().bind(pick.visibleProperty());
        VBox bottom = new VBox(6, explanation, pick, compare);
        VBox.setVgrow(compare, Priority.ALWAYS);

        SplitPane split = new SplitPane(list, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(top, split);
        root.setSpacing(6);

        model.highlights().addListener((ListChangeListener<org.sourcelight.ui.panel.Highlight>) c ->
                host.setHighlights(ID, java.util.List.copyOf(model.highlights())));
    }

    private static ScrollPane scroll(TextFlow flow) {
        ScrollPane s = new ScrollPane(flow);
        s.setFitToWidth(true);
        s.getStyleClass().add("duplicates-side-scroll");
        VBox.setVgrow(s, Priority.ALWAYS);
        return s;
    }

    private static void fill(TextFlow flow, java.util.List<WordDiff.Segment> segments) {
        flow.getChildren().clear();
        for (WordDiff.Segment s : segments) {
            Text t = new Text(s.text());
            t.getStyleClass().add(s.changed() ? "dup-diff-changed" : "dup-diff-same");
            flow.getChildren().add(t);
        }
    }

    /** A list line: kind badge (a word, not only a colour), similarity, other article, excerpt. */
    private static final class RowCell extends ListCell<DuplicatesViewModel.Row> {
        private final Label kind = new Label();
        private final Label similarity = new Label();
        private final Label other = new Label();
        private final Label excerpt = new Label();
        private final javafx.scene.layout.FlowPane badges = new javafx.scene.layout.FlowPane(6, 2, kind, similarity);
        private final VBox box = new VBox(2, badges, other, excerpt);

        RowCell() {
            kind.getStyleClass().add("dup-badge");
            similarity.getStyleClass().add("dup-similarity");
            other.getStyleClass().add("dup-other");
            excerpt.getStyleClass().add("dup-excerpt");
            excerpt.setWrapText(true);
            // badges are never cut: they keep their width and wrap to a line of their own; the title wraps below
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            similarity.setWrapText(true);
            similarity.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            other.setWrapText(true);
            other.setMinWidth(0);
            box.getStyleClass().add("dup-row");
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(DuplicatesViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            kind.getStyleClass().removeIf(c -> c.startsWith("dup-badge-"));
            box.getStyleClass().remove("dup-row-boilerplate");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            kind.setText(row.kind());
            kind.getStyleClass().add("dup-badge-" + row.duplicate().kind().code());
            similarity.setText(row.similarity());
            other.setText(row.other());
            excerpt.setText(row.excerpt());
            if (row.boilerplate()) box.getStyleClass().add("dup-row-boilerplate");
            setGraphic(box);
        }
    }
}

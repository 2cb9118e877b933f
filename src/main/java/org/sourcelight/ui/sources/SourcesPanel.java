package org.sourcelight.ui.sources;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Span;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Sources panel: a summary line a student can read aloud, a filter by kind, and the speakers of the article with
 * role, kind badge and number of mentions, each opening to its attributions. Clicking a speaker or an attribution
 * scrolls the article to it; the panel's highlight layer marks speaker, cue and quoted words (styles in
 * {@code css/sources.css}).
 */
public final class SourcesPanel implements AnalysisPanel {
    static final String ALL_KINDS = "All kinds";

    private final PanelHost host;
    private final SourcesViewModel vm;
    private final VBox root = new VBox(8);
    private final Label summary = new Label();
    private final Label finding = new Label();
    private final ComboBox<String> filter = new ComboBox<>();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());

    public SourcesPanel(PanelHost host) {
        this.host = host;
        this.vm = new SourcesViewModel(host.tasks());
        root.getStyleClass().add("sources-panel");
        summary.getStyleClass().add("src-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        finding.getStyleClass().add("src-finding");
        finding.setWrapText(true);
        finding.setText("Finding: " + org.sourcelight.analysis.sources.SourceSummary.NO_SOURCES);
        finding.visibleProperty().bind(vm.noSourcesProperty());
        finding.managedProperty().bind(finding.visibleProperty());

        List<String> choices = new ArrayList<>(List.of(ALL_KINDS));
        for (SourceKind k : SourceKind.values()) choices.add(k.label());
        filter.getItems().setAll(choices);
        filter.getSelectionModel().select(ALL_KINDS);
        filter.setId("sources-filter");
        filter.valueProperty().addListener((o, a, b) -> vm.kindFilterProperty().set(kindOf(b)));
        HBox bar = new HBox(6, new Label("Show:"), filter);
        bar.getStyleClass().add("src-filter-bar");

        tree.setShowRoot(false);
        tree.setId("sources-tree");
        tree.setCellFactory(t -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> select(b));
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.rows().addListener((javafx.collections.ListChangeListener<SourcesViewModel.SourceRow>) c -> rebuild());
        vm.highlightsProperty().addListener((o, a, b) -> host.setHighlights(id(), b));
        vm.errorProperty().addListener((o, a, b) -> { if (!b.isEmpty()) host.notify(b); });
        root.getChildren().addAll(summary, finding, bar, tree);
    }

    private static SourceKind kindOf(String label) {
        for (SourceKind k : SourceKind.values()) if (k.label().equals(label)) return k;
        return null;
    }

    private void rebuild() {
        TreeItem<Object> top = new TreeItem<>();
        for (SourcesViewModel.SourceRow r : vm.rows()) {
            TreeItem<Object> item = new TreeItem<>(r);
            for (SourcesViewModel.MentionRow m : r.mentions()) item.getChildren().add(new TreeItem<>(m));
            top.getChildren().add(item);
        }
        tree.setRoot(top);
    }

    private void select(TreeItem<Object> item) {
        if (item == null) return;
        Span target;
        if (item.getValue() instanceof SourcesViewModel.SourceRow r) {
            vm.selectedProperty().set(r);
            target = r.firstSpan();
        } else if (item.getValue() instanceof SourcesViewModel.MentionRow m) {
            if (item.getParent() != null && item.getParent().getValue() instanceof SourcesViewModel.SourceRow r) vm.selectedProperty().set(r);
            target = m.span();
        } else {
            return;
        }
        host.reveal(target.start(), target.end());
    }

    /** The view model, for the window's keyboard shortcuts and for tests. */
    public SourcesViewModel viewModel() { return vm; }

    @Override
    public String id() { return SourcesViewModel.LAYER; }

    @Override
    public String title() { return "Sources"; }

    @Override
    public Node view() { return root; }

    @Override
    public void show(LoadedArticle article) { vm.show(article); }

    /** A speaker (badge, name, detail line) or one of their attributions. */
    private static final class Cell extends TreeCell<Object> {
        Cell() {
            setPrefWidth(0); // wrap to the tree's width instead of scrolling sideways
        }

        /** Width left for text in this row: the tree's width less indentation, disclosure arrow and badge. */
        private javafx.beans.binding.DoubleBinding textWidth(double reserved) {
            return getTreeView().widthProperty().subtract(reserved + 24 * Math.max(0, getTreeView().getTreeItemLevel(getTreeItem())));
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            if (empty || item == null) return;
            if (item instanceof SourcesViewModel.SourceRow r) {
                Label badge = new Label(r.badge());
                badge.getStyleClass().addAll("src-badge", "src-kind-" + r.kind().code());
                badge.setTooltip(new javafx.scene.control.Tooltip(r.kind().meaning()));
                Label name = new Label(r.speaker());
                name.getStyleClass().add("src-name");
                Label detail = new Label(r.detail());
                detail.getStyleClass().add("src-detail");
                Label why = new Label(r.source().explanation());
                why.getStyleClass().add("src-explanation");
                why.setWrapText(true);
                VBox text = new VBox(2, name, detail, why);
                detail.setWrapText(true);
                text.maxWidthProperty().bind(textWidth(150));
                text.prefWidthProperty().bind(textWidth(150));
                setGraphic(new HBox(6, badge, text));
            } else if (item instanceof SourcesViewModel.MentionRow m) {
                Label l = new Label(m.label());
                l.setWrapText(true);
                l.maxWidthProperty().bind(textWidth(50));
                l.prefWidthProperty().bind(textWidth(50));
                l.getStyleClass().add(m.mention().direct() ? "src-mention-direct" : "src-mention-reported");
                setGraphic(l);
            }
        }
    }
}

package org.sourcelight.ui.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.sourcelight.model.Span;
import org.sourcelight.report.Calibration;
import org.sourcelight.ui.article.ArticleView;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The analysis panels beside the article, one tab each, and the {@link PanelHost} they are built with: it keeps every
 * panel's highlight layer but draws only the open panel's (and the reader's own notes), so the article shows one
 * question at a time instead of every finding at once.
 */
final class PanelTabs implements PanelHost {
    /** The layer drawn whichever panel is open. */
    private static final String ALWAYS_DRAWN = "notes";

    private final ReaderViewModel vm;
    private final ArticleView articleView;
    private final TabPane tabs = new TabPane();
    private final Map<String, AnalysisPanel> panels = new LinkedHashMap<>();
    private final Map<String, List<Highlight>> layerCache = new LinkedHashMap<>();

    /** @param factories the panels, in tab order, each built with this host and its own services */
    PanelTabs(ReaderViewModel vm, ArticleView articleView, List<Function<PanelHost, AnalysisPanel>> factories) {
        this.vm = vm;
        this.articleView = articleView;
        for (Function<PanelHost, AnalysisPanel> f : factories) {
            AnalysisPanel p = f.apply(this);
            panels.put(p.id(), p);
        }
    }

    /** Builds the tabs (a panel's content is put in the scene when its tab is first shown). */
    TabPane build() {
        for (AnalysisPanel p : panels.values()) {
            Tab t = new Tab(p.title());
            t.setClosable(false);
            t.setId("tab-" + p.id());
            fillWhenFirstSelected(t, () -> withCalibration(p));
            tabs.getTabs().add(t);
        }
        tabs.getStyleClass().add("panel-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> redrawLayers());
        tabs.setMinWidth(390); // room for the five tab titles at 1024 px
        return tabs;
    }

    TabPane tabPane() { return tabs; }

    Map<String, AnalysisPanel> panels() { return panels; }

    /** The id of the open panel ("sources" …), or null. */
    String selectedId() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null || t.getId() == null ? null : t.getId().substring("tab-".length());
    }

    void select(String id) {
        for (Tab t : tabs.getTabs()) if (("tab-" + id).equals(t.getId())) tabs.getSelectionModel().select(t);
    }

    /** Shows a newly opened article (null: none) in every panel, each starting at its top. */
    void show(LoadedArticle loaded) {
        layerCache.clear();
        for (AnalysisPanel p : panels.values()) p.show(loaded);
        javafx.application.Platform.runLater(this::scrollToTop); // after the panels filled their lists
    }

    /** A new article starts every panel at its top, not where the last article's list was scrolled to. */
    private void scrollToTop() {
        for (AnalysisPanel p : panels.values()) {
            Node v = p.view();
            if (v instanceof ScrollPane sp) sp.setVvalue(0);
            for (Node n : v.lookupAll(".scroll-pane")) if (n instanceof ScrollPane sp) sp.setVvalue(0);
            for (Node n : v.lookupAll(".list-view")) if (n instanceof ListView<?> l) l.scrollTo(0);
            for (Node n : v.lookupAll(".tree-view")) if (n instanceof TreeView<?> t) t.scrollTo(0);
        }
    }

    /**
     * Puts a tab's content in the scene only when the tab is first shown: the panels keep working (and drawing their
     * highlights) without it, and the window appears sooner with less to style and lay out.
     */
    static void fillWhenFirstSelected(Tab tab, java.util.function.Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(content.get());
            }
        });
    }

    /** The panel with one line under it saying how often its detector was right on the project's own evaluation. */
    private static Node withCalibration(AnalysisPanel p) {
        String line = Calibration.standard().line(p.id());
        if (p.id().equals("notes")) return p.view();
        Label trust = new Label("How far to trust this panel: " + line);
        trust.setWrapText(true);
        trust.getStyleClass().add("calibration");
        trust.setId("calibration-" + p.id());
        BorderPane box = new BorderPane(p.view());
        box.setBottom(trust);
        BorderPane.setMargin(trust, new Insets(6, 2, 0, 2));
        return box;
    }

    // ---- PanelHost -----------------------------------------------------------------------------------------------

    @Override
    public void reveal(int start, int end) {
        articleView.reveal(start, end);
    }

    @Override
    public void setHighlights(String layer, List<Highlight> highlights) {
        layerCache.put(layer, highlights == null ? List.of() : List.copyOf(highlights));
        if (isDrawn(layer)) articleView.setLayer(layer, highlights);
    }

    private boolean isDrawn(String layer) {
        if (ALWAYS_DRAWN.equals(layer)) return true;
        Tab sel = tabs.getSelectionModel().getSelectedItem();
        return sel != null && ("tab-" + layer).equals(sel.getId());
    }

    private void redrawLayers() {
        for (Map.Entry<String, List<Highlight>> e : layerCache.entrySet()) {
            articleView.setLayer(e.getKey(), isDrawn(e.getKey()) ? e.getValue() : List.of());
        }
    }

    @Override
    public void openArticle(long articleId, int start, int end) {
        vm.articleProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends LoadedArticle> o, LoadedArticle was, LoadedArticle loaded) {
                if (loaded == null || loaded.id() != articleId) return;
                vm.articleProperty().removeListener(this);
                articleView.reveal(start, end);
            }
        });
        vm.open(articleId);
    }

    @Override
    public Optional<Span> selection() {
        return articleView.selection();
    }

    @Override
    public void reanalyze() {
        vm.reanalyze();
    }

    @Override
    public void notify(String message) {
        vm.statusProperty().set(message);
    }

    @Override
    public TaskRunner tasks() {
        return vm.tasks();
    }
}

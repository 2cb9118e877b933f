package org.sourcelight.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcelight.classroom.ArticleComparison;
import org.sourcelight.model.ArticleSummary;

/** "Compare articles…": two library articles side by side. */
public final class CompareWindow {
    private final Stage stage;

    public CompareWindow(Window owner, CompareViewModel vm) {
        ComboBox<ArticleSummary> a = picker(vm), b = picker(vm);
        a.setId("compareA");
        b.setId("compareB");
        Button go = new Button("Compare");
        go.disableProperty().bind(a.valueProperty().isNull().or(b.valueProperty().isNull()));
        go.setOnAction(e -> vm.compare(a.getValue().id(), b.getValue().id()));
        ListView<String> left = new ListView<>(), right = new ListView<>(), both = new ListView<>();
        for (ListView<String> l : List.of(left, right, both)) l.setCellFactory(v -> new WrappingCell());
        left.setId("compareLeft");
        right.setId("compareRight");
        both.setId("compareShared");
        vm.comparisonProperty().addListener((o, x, c) -> {
            left.getItems().setAll(c == null ? List.of() : side("A", c.a(), c.onlyInA()));
            right.getItems().setAll(c == null ? List.of() : side("B", c.b(), c.onlyInB()));
            both.getItems().setAll(c == null ? List.of() : shared(c));
        });
        org.sourcelight.ui.article.ArticleView textA = new org.sourcelight.ui.article.ArticleView();
        org.sourcelight.ui.article.ArticleView textB = new org.sourcelight.ui.article.ArticleView();
        textA.setId("compareTextA");
        textB.setId("compareTextB");
        textA.setEmptyText("Article A appears here, its passages shared with B highlighted.");
        textB.setEmptyText("Article B appears here, its passages shared with A highlighted.");
        vm.comparisonProperty().addListener((o, x, c) -> {
            textA.show(vm.documentAProperty().get());
            textB.show(vm.documentBProperty().get());
            textA.setLayer("shared", CompareViewModel.sharedHighlights(c, true));
            textB.setLayer("shared", CompareViewModel.sharedHighlights(c, false));
        });
        javafx.scene.control.SplitPane texts = new javafx.scene.control.SplitPane(textA, textB);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        grid.add(both, 0, 1, 2, 1);
        GridPane.setHgrow(left, Priority.ALWAYS);
        GridPane.setHgrow(right, Priority.ALWAYS);
        GridPane.setVgrow(left, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-bar");
        HBox top = new HBox(8, new Label("A:"), a, new Label("B:"), b, go);
        javafx.scene.control.SplitPane body = new javafx.scene.control.SplitPane(texts, grid);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        BorderPane root = new BorderPane(body, top, null, message, null);
        root.setPadding(new Insets(8));
        stage = Windows.stage(owner, "Compare articles", root, 1100, 760);
        for (String css : org.sourcelight.ui.article.Styles.sheets()) {
            if (!stage.getScene().getStylesheets().contains(css)) stage.getScene().getStylesheets().add(css); // highlight styles
        }
        vm.load();
    }

    public Stage stage() { return stage; }

    private static ComboBox<ArticleSummary> picker(CompareViewModel vm) {
        ComboBox<ArticleSummary> c = new ComboBox<>(vm.articles());
        c.setPrefWidth(380);
        c.setCellFactory(l -> new TitleCell());
        c.setButtonCell(new TitleCell());
        return c;
    }

    static List<String> side(String name, ArticleComparison.Side s, List<String> onlyHere) {
        List<String> out = new ArrayList<>();
        out.add(name + ": " + s.title());
        out.add("Published by: " + s.publisher());
        out.add("Quotes: " + CompareViewModel.join(s.speakers()));
        out.add("Only here: " + CompareViewModel.join(onlyHere));
        out.add("Outlets named: " + (s.outlets().isEmpty() ? "none" : String.join("; ", s.outlets())));
        out.add(org.sourcelight.report.ReportText.ASSERTIONS_HEADING + ": " + s.assertions());
        for (Map.Entry<String, Integer> e : s.assertionsByReason().entrySet()) out.add("  " + e.getKey() + ": " + e.getValue());
        return out;
    }

    static List<String> shared(ArticleComparison c) {
        List<String> out = new ArrayList<>();
        out.add("Quoted in both: " + CompareViewModel.join(c.speakersInBoth()));
        out.add(c.shared().isEmpty() ? "Shared passages: none found." : "Shared passages: " + c.shared().size());
        for (ArticleComparison.SharedPassage p : c.shared()) {
            out.add("  " + p.kind().label() + " (" + Math.round(p.similarity() * 100) + "% alike): “" + p.textA().replace('\n', ' ') + "”");
        }
        return out;
    }

    private static final class TitleCell extends ListCell<ArticleSummary> {
        @Override
        protected void updateItem(ArticleSummary a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : (a.outlet() == null ? "" : a.outlet() + " — ") + a.title());
        }
    }

    /** A list row whose text wraps to the list's width instead of scrolling sideways. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}

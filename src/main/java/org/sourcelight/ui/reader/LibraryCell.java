package org.sourcelight.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sourcelight.store.ArticleSummary;

/** A library entry: the title, the outlet and date, and one small count per panel. */
final class LibraryCell extends ListCell<ArticleSummary> {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final FlowPane counts = new FlowPane(6, 2);
    private final VBox box = new VBox(2, title, meta, counts);

    LibraryCell() {
        title.setWrapText(true);
        title.getStyleClass().add("library-title");
        meta.getStyleClass().add("library-meta");
        counts.getStyleClass().add("library-counts");
        box.getStyleClass().add("library-entry");
        setPrefWidth(0); // wrap to the list's width instead of growing it
        listViewProperty().addListener((o, a, list) -> {
            if (list != null) title.maxWidthProperty().bind(list.widthProperty().subtract(36));
        });
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ArticleSummary s, boolean empty) {
        super.updateItem(s, empty);
        if (empty || s == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(s.title());
        String outlet = s.outlet() == null ? "Publisher not recognised" : s.outlet();
        meta.setText(outlet + " · " + MainWindow.dateOf(s));
        counts.getChildren().setAll(
                count(s.sources(), "source", "sources"),
                count(s.outlets(), "outlet cited", "outlets cited"),
                count(s.duplicates(), "copied passage", "copied passages"),
                count(s.assertions(), "unsupported claim", "unsupported claims"));
        setTooltip(new Tooltip(s.title()));
        setGraphic(box);
    }

    private static Label count(int n, String one, String many) {
        Label l = new Label(n < 0 ? "not analysed" : n + " " + (n == 1 ? one : many));
        l.getStyleClass().add("library-count");
        return l;
    }
}

package org.sourcelight.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.text.Plural;

/** A library entry: the title, the outlet and date, and one small count per panel. */
final class LibraryCell extends ListCell<ArticleSummary> {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label counts = new Label();
    private final VBox box = new VBox(2, title, meta, counts);

    LibraryCell() {
        title.setWrapText(true);
        title.getStyleClass().add("library-title");
        meta.getStyleClass().add("library-meta");
        counts.getStyleClass().add("library-counts");
        box.getStyleClass().add("library-entry");
        setPrefWidth(0); // wrap to the list's width instead of growing it
        listViewProperty().addListener((o, a, list) -> {
            if (list != null) {
                title.maxWidthProperty().bind(list.widthProperty().subtract(36));
                counts.maxWidthProperty().bind(list.widthProperty().subtract(36)); // the counts wrap inside the cell
            }
        });
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        counts.setWrapText(true);
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
        meta.setText(outlet + " · " + dateOf(s));
        counts.setText(String.join(" · ", chips(s)));
        setTooltip(new Tooltip(s.title()));
        setGraphic(box);
    }

    /**
     * The count chips of an entry: the number of sources always, the other counts only when there is something to
     * count (no "0 copied passages"); "not analysed" when the counts are not cached yet.
     */
    static java.util.List<String> chips(ArticleSummary s) {
        if (s.sources() < 0) return java.util.List.of("not analysed");
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(Plural.of(s.sources(), "source", "sources"));
        if (s.outlets() > 0) out.add(Plural.of(s.outlets(), "outlet cited", "outlets cited"));
        if (s.duplicates() > 0) out.add(Plural.of(s.duplicates(), "copied passage", "copied passages"));
        if (s.assertions() > 0) out.add(Plural.of(s.assertions(), "claim with no source", "claims with no source"));
        return out;
    }

    /** What the library shows when the article gives no date of its own. */
    static final String NO_DATE = "date unknown";

    /**
     * The article's own publication date as "1 December 2026", or {@link #NO_DATE} when the article does not give
     * one it can be read from (the import date is not the article's date and is never shown as such).
     */
    static String dateOf(ArticleSummary s) {
        String d = s.published();
        if (d == null || d.length() < 10) return NO_DATE;
        try {
            return java.time.LocalDate.parse(d.substring(0, 10))
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
        } catch (RuntimeException e) {
            return NO_DATE;
        }
    }
}

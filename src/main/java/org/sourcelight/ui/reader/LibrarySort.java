package org.sourcelight.ui.reader;

import java.util.Comparator;
import org.sourcelight.model.ArticleSummary;

/** The orders the library list can be shown in. */
public enum LibrarySort {
    IMPORTED("Order imported", Comparator.comparingLong(ArticleSummary::id)),
    NEWEST("Newest first", Comparator.comparing(LibrarySort::date, Comparator.nullsLast(Comparator.reverseOrder()))),
    TITLE("Title", Comparator.comparing(s -> s.title().toLowerCase(java.util.Locale.ROOT))),
    OUTLET("Outlet", Comparator.comparing((ArticleSummary s) -> s.outlet() == null ? "\uffff" : s.outlet())
            .thenComparing(ArticleSummary::id)),
    MOST_SOURCES("Most sources", Comparator.comparingInt(ArticleSummary::sources).reversed()),
    MOST_DUPLICATES("Most copied passages", Comparator.comparingInt(ArticleSummary::duplicates).reversed()),
    MOST_ASSERTIONS("Most claims with no source", Comparator.comparingInt(ArticleSummary::assertions).reversed());

    private final String label;
    private final Comparator<ArticleSummary> comparator;

    LibrarySort(String label, Comparator<ArticleSummary> comparator) {
        this.label = label;
        this.comparator = comparator;
    }

    public Comparator<ArticleSummary> comparator() { return comparator; }

    private static String date(ArticleSummary s) {
        return s.published() != null ? s.published() : s.importedAt();
    }

    @Override
    public String toString() { return label; }
}

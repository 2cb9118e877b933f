package org.sourcelight.ui.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the Duplicates panel: the open article's duplicated passages (repeats inside it, passages shared with
 * library articles), the selected one with its word-level comparison, and the article highlights. Looking through
 * the library runs on the task runner; properties and lists only, no Nodes.
 */
public final class DuplicatesViewModel {
    static final String TASK_KEY = "duplicates";

    /** Finds the duplicated passages of an article (called off the FX thread). */
    @FunctionalInterface
    public interface Lookup {
        List<Match> find(LoadedArticle article);
    }

    /** Where a click leads: a range of the open article, or another library article at a range. */
    public interface Navigator {
        void reveal(int start, int end);

        void openArticle(long articleId, int start, int end);
    }

    /** One line of the list. */
    public record Row(Match match, String kind, String similarity, String other, String excerpt) {
        public Duplicate duplicate() { return match.duplicate(); }

        public boolean boilerplate() { return duplicate().kind() == DuplicateKind.BOILERPLATE; }

        public boolean within() { return duplicate().withinArticle(); }

        /** The other article's library id, or -1 (same article, or an article outside the library). */
        public long otherArticleId() {
            String id = duplicate().otherArticle();
            if (id == null) return -1;
            try {
                return Long.parseLong(id);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** True when a click can lead to the other passage. */
        public boolean canOpen() { return within() || otherArticleId() >= 0; }
    }

    private final TaskRunner tasks;
    private final Lookup lookup;
    private final Navigator navigator;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    // read-only views made once: a listener added to a view lives as long as the view
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Highlight> highlightsView = FXCollections.unmodifiableObservableList(highlights);
    private final ReadOnlyObjectWrapper<Row> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<WordDiff.Segment> thisSide = FXCollections.observableArrayList();
    private final ObservableList<WordDiff.Segment> otherSide = FXCollections.observableArrayList();
    private final ObservableList<WordDiff.Segment> thisSideView = FXCollections.unmodifiableObservableList(thisSide);
    private final ObservableList<WordDiff.Segment> otherSideView = FXCollections.unmodifiableObservableList(otherSide);
    private final ReadOnlyStringWrapper otherTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No article open.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public DuplicatesViewModel(TaskRunner tasks, Lookup lookup, Navigator navigator) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.navigator = navigator;
    }

    /** Looks only within the article (no library). */
    public static Lookup withinArticle() {
        return article -> DuplicateFinder.standard().matchesWithin(article.analysis().document());
    }

    /** The panel's model in the reader: the host navigates; {@code lookup} finds the passages (given by the caller). */
    public static DuplicatesViewModel forHost(PanelHost host, Lookup lookup) {
        return new DuplicatesViewModel(host.tasks(), lookup, new Navigator() {
            @Override
            public void reveal(int start, int end) { host.reveal(start, end); }

            @Override
            public void openArticle(long articleId, int start, int end) { host.openArticle(articleId, start, end); }
        });
    }


    public ObservableList<Row> rows() { return rowsView; }

    /** The article highlights of the passages: one style class per kind (see {@code css/duplicates.css}). */
    public ObservableList<Highlight> highlights() { return highlightsView; }

    public ReadOnlyObjectProperty<Row> selectedProperty() { return selected.getReadOnlyProperty(); }

    /** This article's passage, cut into same/changed segments against the other. */
    public ObservableList<WordDiff.Segment> thisSide() { return thisSideView; }

    public ObservableList<WordDiff.Segment> otherSide() { return otherSideView; }

    /** Heading of the other side: "Elsewhere in this article" or the other article's title. */
    public ReadOnlyStringProperty otherTitleProperty() { return otherTitle.getReadOnlyProperty(); }

    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** A new article (or none): clears the panel and looks for its duplicated passages. */
    public void show(LoadedArticle article) {
        select(null);
        rows.clear();
        highlights.clear();
        if (article == null) {
            busy.set(false);
            status.set("No article open.");
            tasks.submit(TASK_KEY, () -> List.<Match>of(), m -> { }, e -> { }); // makes a running lookup stale
            return;
        }
        busy.set(true);
        status.set("Looking for repeated and copied passages\u2026");
        tasks.submit(TASK_KEY, () -> lookup.find(article), this::apply, error -> {
            busy.set(false);
            status.set("The library could not be searched: " + error.getMessage());
        });
    }

    private void apply(List<Match> matches) {
        busy.set(false);
        List<Row> out = new ArrayList<>();
        List<Highlight> marks = new ArrayList<>();
        int within = 0, elsewhere = 0, template = 0;
        for (Match m : matches) {
            Row r = row(m);
            out.add(r);
            Duplicate d = m.duplicate();
            marks.add(new Highlight(d.start(), d.end(), styleClass(d.kind()), r.kind() + ", " + r.similarity() + ": " + r.other()));
            if (r.boilerplate()) template++;
            else if (r.within()) within++;
            else elsewhere++;
        }
        rows.setAll(out);
        highlights.setAll(marks);
        List<String> parts = new ArrayList<>();
        count(parts, within, "repeat inside the article", "repeats inside the article");
        count(parts, elsewhere, "passage shared with another article", "passages shared with other articles");
        count(parts, template, "boilerplate passage", "boilerplate passages");
        status.set(parts.isEmpty() ? "No repeated or copied passages found." : String.join(", ", parts) + ".");
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) parts.add(n + " " + (n == 1 ? one : many));
    }

    static Row row(Match m) {
        Duplicate d = m.duplicate();
        String other = d.withinArticle() ? "Elsewhere in this article" : d.otherFile().isBlank() ? "Another article" : d.otherFile();
        String sim = d.similarity() >= 1.0 ? "word for word"
                : String.format(Locale.ROOT, "%d%% similar", Math.round(d.similarity() * 100));
        return new Row(m, d.kind().label(), sim, other, excerpt(m.passage()));
    }

    private static String excerpt(String passage) {
        String s = passage.replace("\n\n", " \u00b6 ").replace('\n', ' ');
        return s.length() <= 140 ? s : s.substring(0, 139).stripTrailing() + "\u2026";
    }

    /** Style class of a passage's highlight in the article view. */
    public static String styleClass(DuplicateKind kind) {
        return "dup-" + kind.code();
    }

    /** Selects a row (or none): shows the comparison and scrolls the article to the passage. */
    public void select(Row row) {
        selected.set(row);
        if (row == null) {
            thisSide.clear();
            otherSide.clear();
            otherTitle.set("");
            explanation.set("");
            return;
        }
        WordDiff.Result diff = WordDiff.of(row.match().passage(), row.match().otherPassage());
        thisSide.setAll(diff.left());
        otherSide.setAll(diff.right());
        otherTitle.set(row.other());
        explanation.set(row.match().explanation());
        navigator.reveal(row.duplicate().start(), row.duplicate().end());
    }

    /** Goes to the other passage: its twin in this article, or the other library article at the passage. */
    public void open(Row row) {
        if (row == null) return;
        Duplicate d = row.duplicate();
        if (row.within()) navigator.reveal(d.otherStart(), d.otherEnd());
        else if (row.otherArticleId() >= 0) navigator.openArticle(row.otherArticleId(), d.otherStart(), d.otherEnd());
    }
}

package org.sourcelight.ui.duplicates;

import java.util.ArrayList;
import java.util.List;
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

    /** Rows shown before "Show all": a screenful. */
    public static final int SCREENFUL = 40;

    /**
     * One line of the list. A site-template line stands for all the article's boilerplate passages
     * ({@code templatePassages} of them, 0 on other lines) and shows the first.
     */
    public record Row(Match match, String kind, String similarity, String other, String excerpt, int templatePassages) {
        public Row(Match match, String kind, String similarity, String other, String excerpt) {
            this(match, kind, similarity, other, excerpt, 0);
        }

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
    private final javafx.beans.property.ReadOnlyIntegerWrapper total = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper hidden = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private List<Row> allRows = List.of();

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

    /** Lines in the whole list (shown or not). */
    public javafx.beans.property.ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }

    /** Lines left out until {@link #showAll()} (the list shows a screenful first). */
    public javafx.beans.property.ReadOnlyIntegerProperty hiddenProperty() { return hidden.getReadOnlyProperty(); }

    /** Shows every line. */
    public void showAll() {
        rows.setAll(allRows);
        hidden.set(0);
    }

    /** A new article (or none): clears the panel and looks for its duplicated passages. */
    public void show(LoadedArticle article) {
        select(null);
        rows.clear();
        allRows = List.of();
        total.set(0);
        hidden.set(0);
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
        List<Highlight> marks = new ArrayList<>();
        List<Match> template = new ArrayList<>();
        List<Match> shown = new ArrayList<>();
        List<Duplicate> within = new ArrayList<>(), elsewhere = new ArrayList<>(), quotes = new ArrayList<>();
        for (Match m : matches) {
            Duplicate d = m.duplicate();
            Row r = row(m);
            marks.add(new Highlight(d.start(), d.end(), styleClass(d.kind()), r.kind() + ", " + r.similarity() + ": " + r.other()));
            if (d.kind() == DuplicateKind.BOILERPLATE) {
                template.add(m);
                continue;
            }
            shown.add(m);
            if (d.kind() == DuplicateKind.SAME_QUOTE) quotes.add(d);
            else if (d.withinArticle()) within.add(d);
            else elsewhere.add(d);
        }
        List<Row> out = new ArrayList<>();
        for (Match m : ranked(shown)) out.add(row(m));
        int templatePassages = distinctStretches(template);
        if (!template.isEmpty()) out.add(templateRow(template.get(0), templatePassages));
        allRows = List.copyOf(out);
        total.set(out.size());
        hidden.set(Math.max(0, out.size() - SCREENFUL));
        rows.setAll(out.size() > SCREENFUL ? out.subList(0, SCREENFUL) : out);
        highlights.setAll(marks);
        // each stretch of the article once, however many other articles share it (as library cards count them)
        List<String> parts = new ArrayList<>();
        count(parts, Duplicate.copiedPassages(within), "repeat inside the article", "repeats inside the article");
        count(parts, Duplicate.copiedPassages(elsewhere), "passage shared with another article", "passages shared with other articles");
        count(parts, distinct(quotes), "quotation another article prints too", "quotations other articles print too");
        count(parts, templatePassages, "boilerplate passage", "boilerplate passages");
        String text = parts.isEmpty() ? "No repeated or copied passages found." : String.join(", ", parts) + ".";
        if (hidden.get() > 0) text += " Showing the first " + SCREENFUL + " of " + out.size() + " lines.";
        status.set(text);
    }

    /**
     * The list order: findings grouped by the other article, the groups by their weightiest passage (its length
     * times its similarity); copies from other outlets first, then an outlet's reuse of its own articles, then
     * repeats inside the article, then shared quotations; inside a group, by position. Findings of one other
     * article whose passages overlap here were already merged by the finder (it keeps the one sharing most words).
     */
    static List<Match> ranked(List<Match> matches) {
        java.util.Map<String, List<Match>> groups = new java.util.LinkedHashMap<>();
        for (Match m : matches) {
            Duplicate d = m.duplicate();
            String key = d.kind() == DuplicateKind.SAME_QUOTE ? "quote:" + otherKey(d) : d.withinArticle() ? "within"
                    : (m.sameOutlet() ? "own:" : "copy:") + otherKey(d);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<java.util.Map.Entry<String, List<Match>>> order = new ArrayList<>(groups.entrySet());
        order.sort(java.util.Comparator.comparingInt((java.util.Map.Entry<String, List<Match>> e) -> tier(e.getKey()))
                .thenComparing(java.util.Comparator.comparingDouble(
                        (java.util.Map.Entry<String, List<Match>> e) -> -weight(e.getValue())))
                .thenComparing(java.util.Map.Entry::getKey));
        List<Match> out = new ArrayList<>();
        for (java.util.Map.Entry<String, List<Match>> e : order) {
            List<Match> g = new ArrayList<>(e.getValue());
            g.sort(java.util.Comparator.comparingInt((Match m) -> m.duplicate().start()).thenComparingInt(m -> m.duplicate().otherStart()));
            out.addAll(g);
        }
        return out;
    }

    private static String otherKey(Duplicate d) {
        return d.otherArticle() != null ? "id:" + d.otherArticle() : "file:" + d.otherFile();
    }

    private static int tier(String key) {
        return key.startsWith("copy:") ? 0 : key.startsWith("own:") ? 1 : key.equals("within") ? 2 : 3;
    }

    private static double weight(List<Match> group) {
        double best = 0;
        for (Match m : group) best = Math.max(best, (m.duplicate().end() - m.duplicate().start()) * m.duplicate().similarity());
        return best;
    }

    /** Boilerplate passages counted once each, however many other articles carry them. */
    private static int distinctStretches(List<Match> template) {
        List<Duplicate> d = new ArrayList<>();
        for (Match m : template) d.add(m.duplicate());
        return distinct(d);
    }

    /** Stretches of the article covered by these findings, overlapping ones counted once. */
    private static int distinct(List<Duplicate> found) {
        List<int[]> spans = new ArrayList<>();
        for (Duplicate x : found) spans.add(new int[] {x.start(), x.end()});
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int n = 0, end = -1;
        for (int[] sp : spans) {
            if (sp[0] >= end) n++;
            end = Math.max(end, sp[1]);
        }
        return n;
    }

    private static Row templateRow(Match first, int passages) {
        return new Row(first, "Site template", passages == 1 ? "1 passage" : passages + " passages",
                "The site's own standard text (footers, notices, sign-offs), not counted as copied",
                excerpt(first.passage()), passages);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) parts.add(n + " " + (n == 1 ? one : many));
    }

    static Row row(Match m) {
        Duplicate d = m.duplicate();
        String other = otherTitle(d);
        if (m.sameOutlet() && d.kind().countsAsCopied()) other += " (same outlet)";
        String sim = d.kind() == DuplicateKind.SAME_QUOTE ? "the speaker's words" : m.likeness();
        return new Row(m, d.kind().label(), sim, other, excerpt(m.passage()));
    }

    /** The other passage's place: "Elsewhere in this article" or the other article's title. */
    private static String otherTitle(Duplicate d) {
        return d.withinArticle() ? "Elsewhere in this article" : d.otherFile().isBlank() ? "Another article" : d.otherFile();
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
        otherTitle.set(otherTitle(row.duplicate()));
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
